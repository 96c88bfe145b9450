namespace GoSafer.Indexer.Search;

public sealed record SearchResults(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Results);

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
