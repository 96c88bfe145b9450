using GoSafer.Hub.Http;
using GoSafer.Hub.Indexing;
using GoSafer.Indexer.Search;
using GoSafer.Indexer.Taxonomy;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Search;

/// <summary><c>GET /api/search</c> and <c>GET /api/suggest</c> over the published catalog.</summary>
public sealed class SearchHandler(SearchQueryParser parser, ServedIndex index, FacetViews facetViews, HubTaxonomy taxonomy)
{
    public const int MaxSuggestLength = 100;

    public IResult Search(HttpRequest request)
    {
        var parsed = parser.Parse(request.Query);
        if (!parsed.IsValid)
        {
            return Problems.Validation(parsed.Errors);
        }

        var search = parsed.Value!;
        var results = index.Searcher.Search(search);
        var notice = results.DeprecatedTerms.Count == 0
            ? null
            : string.Join(" ", results.DeprecatedTerms
                .Select(t => t.Note.TryGetValue(search.Ui, out var note) ? note : t.Note.GetValueOrDefault("en", ""))
                .Distinct(StringComparer.Ordinal));
        return TypedResults.Ok(new SearchResponse(
            results.Total,
            results.Page,
            results.PageSize,
            results.Results,
            facetViews.Build(results, new SearchRequestView(search.Filters, search.Ui)),
            results.DidYouMean,
            results.Fuzzy,
            results.Concepts,
            notice));
    }

    public IResult Suggest(HttpRequest request)
    {
        var q = request.Query["q"].ToString().Trim();
        if (q.Length > MaxSuggestLength)
        {
            return Problems.Validation("q", $"must be at most {MaxSuggestLength} characters; got {q.Length}");
        }

        var ui = taxonomy.UiLanguageOrDefault(request.Query["ui"]);
        return TypedResults.Ok(new SuggestResponse(q, index.Suggester.Suggest(q, ui)));
    }
}
