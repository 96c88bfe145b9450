using GoSafer.Indexer.Search;

namespace GoSafer.Hub.Search;

/// <summary>The body of <c>GET /api/search</c>.</summary>
public sealed record SearchResponse(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Results,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValueView>> Facets,
    string? DidYouMean,
    string? Notice);

public sealed record FacetValueView(string Value, string Label, int Count);
