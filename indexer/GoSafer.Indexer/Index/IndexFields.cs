namespace GoSafer.Indexer.Index;

/// <summary>Lucene field names. Facet fields use the facet names of <see cref="Taxonomy.Facets"/>.</summary>
internal static class IndexFields
{
    public const string Id = "id";

    /// <summary>
    /// Neutral full-text fields, scored only for resources in languages without an analyzer
    /// (a second, unstemmed copy of every text would distort BM25 for the others).
    /// </summary>
    public const string Title = "title";
    public const string Body = "body";

    /// <summary>Organisation names are proper nouns: neutral analysis for every resource.</summary>
    public const string Organization = "organization";

    /// <summary>
    /// Neutral copies of every title and body, never scored by plain queries: the vocabulary of
    /// typo tolerance, "did you mean" and title autocomplete.
    /// </summary>
    public const string VocabularyTitle = "all.title";
    public const string VocabularyBody = "all.body";

    /// <summary>
    /// Binary doc value: everything a result shows (<see cref="HitRecord"/>), the description
    /// snippets are cut from included. The ID is the only stored field.
    /// </summary>
    public const string Hit = "hit";

    /// <summary>
    /// Binary doc value: SHA-256 of the text that is searched but not shown (<see cref="SearchedTextDigest"/>),
    /// so that <see cref="DocumentFingerprints"/> sees a change to it as well as to the result record.
    /// </summary>
    public const string SearchedText = "searchedText";

    /// <summary>Numeric doc values for sorting.</summary>
    public const string PublishedAt = "publishedAt";
    public const string EvidenceRank = "evidenceRank";

    public static string TitleIn(string language) => $"title.{language}";

    public static string BodyIn(string language) => $"body.{language}";
}
