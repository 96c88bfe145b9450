namespace GoSafer.Indexer.Taxonomy;

/// <summary>The facet names of the public API; they double as Lucene field names.</summary>
public static class Facets
{
    public const string Age = "age";
    public const string Harm = "harm";
    public const string Language = "lang";
    public const string Audience = "audience";
    public const string Type = "type";
    public const string Evidence = "evidence";

    public static IReadOnlyList<string> All { get; } = [Age, Harm, Language, Audience, Type, Evidence];
}
