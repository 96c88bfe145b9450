using GoSafer.Indexer.Search;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Hub.Search;

/// <summary>
/// Labels and orders facet counts for the UI: taxonomy facets in taxonomy order (the harm tree
/// with parents before children), languages by count. Values with no documents are left out
/// unless they are selected, so a selection can always be removed.
/// </summary>
public sealed class FacetViews(HubTaxonomy taxonomy)
{
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValueView>> Build(SearchResults results, SearchRequestView request)
    {
        var views = new Dictionary<string, IReadOnlyList<FacetValueView>>(StringComparer.Ordinal);
        foreach (var facet in Facets.All)
        {
            var counts = results.Facets.GetValueOrDefault(facet) ?? [];
            var selected = request.Filters.GetValueOrDefault(facet) ?? [];
            var values = facet == Facets.Language
                ? counts.Keys.Concat(selected).Distinct(StringComparer.Ordinal)
                    .OrderByDescending(v => counts.GetValueOrDefault(v)).ThenBy(v => v, StringComparer.Ordinal)
                : taxonomy.Ids(facet).AsEnumerable();
            views[facet] = values
                .Where(v => counts.GetValueOrDefault(v) > 0 || selected.Contains(v))
                .Select(v => new FacetValueView(
                    v,
                    taxonomy.Label(facet, v, request.Ui),
                    counts.GetValueOrDefault(v),
                    selected.Contains(v),
                    facet == Facets.Harm ? ParentOf(v) : null))
                .ToList();
        }

        return views;
    }

    private string? ParentOf(string harm) => taxonomy.HarmWithAncestors(harm).Skip(1).FirstOrDefault();
}

/// <summary>What the facet views need to know of the request.</summary>
public sealed record SearchRequestView(IReadOnlyDictionary<string, IReadOnlyList<string>> Filters, string Ui);
