using GoSafer.Hub.Http;
using GoSafer.Hub.Indexing;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Search;

/// <summary><c>GET /api/search</c>: full text and facet filters over the published catalog.</summary>
public sealed class SearchHandler(SearchQueryParser parser, CatalogIndex index)
{
    public IResult Search(HttpRequest request)
    {
        var parsed = parser.Parse(request.Query);
        if (!parsed.IsValid)
        {
            return Problems.Validation(parsed.Errors);
        }

        var results = index.Searcher.Search(parsed.Value!);
        return TypedResults.Ok(new SearchResponse(
            results.Total,
            results.Page,
            results.PageSize,
            results.Results,
            new Dictionary<string, IReadOnlyList<FacetValueView>>(),
            DidYouMean: null,
            Notice: null));
    }
}
