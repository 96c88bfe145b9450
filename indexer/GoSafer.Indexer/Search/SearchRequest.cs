namespace GoSafer.Indexer.Search;

public enum SearchSort
{
    Relevance,
    Newest,
    Evidence,
}

/// <summary>
/// One search: free text (empty browses everything), facet filters (values ORed within a facet,
/// facets ANDed), sort and a 1-based page.
/// </summary>
public sealed record SearchRequest
{
    public const int MaxPageSize = 100;

    public string? Query { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
    public string Ui { get; init; } = "en";
}
