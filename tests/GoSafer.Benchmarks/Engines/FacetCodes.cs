using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Benchmarks.Engines;

/// <summary>
/// Facet values as small integers for SQLite, numbered facet by facet so each facet is one range,
/// and the values of a resource exactly as our index stores them (CatalogDocumentBuilder): harms
/// with their ancestors, the age bands the age range overlaps, "not-assessed" for no evidence level.
/// </summary>
internal sealed class FacetCodes
{
    private readonly HubTaxonomy _taxonomy;
    private readonly Dictionary<(string Facet, string Value), int> _codes = [];
    private readonly List<(string Facet, string Value)> _values = [];
    private readonly Dictionary<string, (int First, int Last)> _ranges = new(StringComparer.Ordinal);

    public FacetCodes(HubTaxonomy taxonomy)
    {
        _taxonomy = taxonomy;
        foreach (var facet in Facets.All)
        {
            var first = _values.Count;
            foreach (var value in taxonomy.Ids(facet))
            {
                _codes[(facet, value)] = _values.Count;
                _values.Add((facet, value));
            }

            _ranges[facet] = (first, _values.Count - 1);
        }
    }

    public (int First, int Last) Range(string facet) => _ranges[facet];

    public (string Facet, string Value) Decode(int code) => _values[code];

    /// <summary>The codes of the values; values the taxonomy does not know match nothing.</summary>
    public IEnumerable<int> Encode(string facet, IEnumerable<string> values) =>
        values.Select(v => _codes.TryGetValue((facet, v), out var code) ? code : -1).Where(c => c >= 0);

    public IEnumerable<int> Of(CatalogEntry entry) =>
        Encode(Facets.Harm, entry.Harms.SelectMany(_taxonomy.HarmWithAncestors))
            .Concat(Encode(Facets.Age, _taxonomy.AgeBandsFor(entry.AgeMin, entry.AgeMax)))
            .Concat(Encode(Facets.Language, entry.Languages))
            .Concat(Encode(Facets.Audience, entry.Audiences))
            .Concat(Encode(Facets.Type, entry.ResourceType is null ? [] : [entry.ResourceType]))
            .Concat(Encode(Facets.Evidence, [entry.EvidenceLevel ?? "not-assessed"]))
            .Distinct();
}
