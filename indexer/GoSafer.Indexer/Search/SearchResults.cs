using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Indexer.Search;

/// <param name="Facets">Disjunctive counts per facet value (a facet ignores its own selection).</param>
/// <param name="DidYouMean">The query with unknown words replaced by the nearest index words.</param>
/// <param name="Fuzzy">True when the exact words found nothing and typo-tolerant matches are shown.</param>
/// <param name="Concepts">Harm concepts the query named (by label, synonym or deprecated term).</param>
/// <param name="DeprecatedTerms">Deprecated terms the query used; the caller shows their notes.</param>
public sealed record SearchResults(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Results,
    IReadOnlyDictionary<string, Dictionary<string, int>> Facets,
    string? DidYouMean,
    bool Fuzzy,
    IReadOnlyList<string> Concepts,
    IReadOnlyList<DeprecatedTerm> DeprecatedTerms);

/// <summary>
/// One result. <see cref="Snippet"/> is plain text; <see cref="Highlights"/> are [start, length]
/// ranges in it that matched the query, so clients mark them without parsing HTML.
/// </summary>
public sealed record SearchHit(
    string Id,
    string Title,
    string Organization,
    string Url,
    string Snippet,
    IReadOnlyList<int[]> Highlights,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Harms,
    int? AgeMin,
    int? AgeMax,
    IReadOnlyList<string> Audiences,
    string? ResourceType,
    string? EvidenceLevel,
    DateTimeOffset PublishedAt,
    float Score);
