using GoSafer.Hub.Search;
using GoSafer.Hub.Validation;
using GoSafer.Indexer.Taxonomy;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Exports;

/// <summary>
/// Reads the facet filters of a research endpoint with search's own <see cref="SearchQueryParser"/>,
/// so they accept and refuse exactly what search does, and names every parameter the endpoint does
/// not know (free text, sort and page numbers belong to search alone).
/// </summary>
public sealed class FacetSliceParser(SearchQueryParser searchParser)
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Parse(
        IQueryCollection query, IReadOnlySet<string> ownParameters, FieldErrors errors)
    {
        foreach (var key in query.Keys.Where(k => !ownParameters.Contains(k) && !Facets.All.Contains(k)))
        {
            errors.Add(key, $"is not a parameter here; valid: {string.Join(", ", Facets.All.Concat(ownParameters))}");
        }

        var facetsOnly = new QueryCollection(query.Where(p => Facets.All.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value));
        var search = searchParser.Parse(facetsOnly);
        foreach (var (field, messages) in search.Errors.ToDictionary())
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }

        return search.Value?.Filters ?? new Dictionary<string, IReadOnlyList<string>>();
    }
}
