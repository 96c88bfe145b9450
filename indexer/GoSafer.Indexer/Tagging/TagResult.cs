using GoSafer.Indexer.Language;

namespace GoSafer.Indexer.Tagging;

/// <summary>
/// What the indexer infers from a resource's title and description; recorded beside what the submitter
/// declared. <see cref="Harms"/> holds every harm the text supports, parents included (a parent is implied
/// by each of its children), ordered by confidence, then taxonomy order.
/// </summary>
public sealed record TagResult(
    LanguageGuess Language,
    IReadOnlyList<HarmTag> Harms,
    AgeRange? Ages,
    IReadOnlyList<string> Audiences,
    string? ResourceType)
{
    /// <summary>
    /// The harms without any harm that is an ancestor of another listed harm: what a submitter would
    /// declare. Relies on the taxonomy invariant that a child's ID is its parent's ID followed by '/'.
    /// </summary>
    public IReadOnlyList<HarmTag> MostSpecificHarms() =>
        Harms.Where(h => !Harms.Any(other => other.Id.StartsWith(h.Id + "/", StringComparison.Ordinal))).ToList();
}

/// <summary>An inferred harm with a confidence in 0..1 (two decimals).</summary>
public sealed record HarmTag(string Id, double Confidence);

/// <summary>An inferred age range, both ends inclusive, within 0..18 and <c>Min &lt;= Max</c>.</summary>
public sealed record AgeRange(int Min, int Max);
