namespace GoSafer.Indexer.Index;

/// <summary>Lucene field names. Facet fields use the facet names of <see cref="Taxonomy.Facets"/>.</summary>
internal static class IndexFields
{
    public const string Id = "id";

    /// <summary>Neutral full-text fields, present on every document.</summary>
    public const string Title = "title";
    public const string Body = "body";
    public const string Organization = "organization";

    /// <summary>Stored only: the text snippets are cut from.</summary>
    public const string Description = "description";
    public const string Url = "url";
    public const string AgeMin = "ageMin";
    public const string AgeMax = "ageMax";
    public const string PublishedAt = "publishedAt";
    public const string EvidenceRank = "evidenceRank";

    /// <summary>The declared harm IDs (the facet field holds them with their ancestors).</summary>
    public const string DeclaredHarms = "declaredHarm";

    public static string TitleIn(string language) => $"title.{language}";

    public static string BodyIn(string language) => $"body.{language}";
}
