namespace GoSafer.Indexer.Taxonomy;

/// <summary>The taxonomy data file is inconsistent; the hub must not start with it.</summary>
public sealed class TaxonomyException(IReadOnlyList<string> problems)
    : Exception("Invalid taxonomy: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
