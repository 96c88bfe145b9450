namespace GoSafer.Indexer.Tagging;

/// <summary>The tagging vocabulary data file as written (Tagging/tagging-lexicon.v1.json).</summary>
internal sealed record TaggingLexiconFile(
    string Version,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? StopWords,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? PassingMentionCues,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? TypeAudiences,
    IReadOnlyList<TaggingTermGroup>? Terms);

/// <summary>Terms for one concept, per language, all with the same weight.</summary>
internal sealed record TaggingTermGroup(
    string Facet,
    string Id,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Terms,
    double Weight = 1.0);
