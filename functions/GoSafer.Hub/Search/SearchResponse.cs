using System.Text.Json.Serialization;
using GoSafer.Indexer.Search;

namespace GoSafer.Hub.Search;

/// <summary>The body of <c>GET /api/search</c>.</summary>
/// <param name="Fuzzy">True when nothing matched exactly and typo-tolerant matches are shown.</param>
/// <param name="Notice">Terminology guidance when the query used a deprecated term.</param>
/// <remarks><c>didYouMean</c> and <c>notice</c> are always present (null when there is none), unlike optional record fields.</remarks>
public sealed record SearchResponse(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Results,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValueView>> Facets,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? DidYouMean,
    bool Fuzzy,
    IReadOnlyList<string> Concepts,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Notice);

/// <summary>A facet value with its label in the UI language and its disjunctive count.</summary>
public sealed record FacetValueView(string Value, string Label, int Count, bool Selected, string? Parent = null);

public sealed record SuggestResponse(string Q, IReadOnlyList<Suggestion> Suggestions);
