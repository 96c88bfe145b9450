using System.Collections.Frozen;
using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Hub.Oai;

/// <summary>
/// The repository's sets: one per facet (<c>harm</c>, <c>lang</c>, ...) as the root of its hierarchy
/// and one per taxonomy value below it. An item belongs to the sets of its facet values exactly as
/// search filters it (declared values, inferred ones filling gaps, a harm with its ancestors), so a
/// parent set holds every item of its children. Content languages are open-ended (any ISO 639-1
/// code may be submitted), so <c>lang:xx</c> exists for every such code, and ListSets names the
/// taxonomy's languages plus any other the catalog holds.
/// </summary>
public sealed class OaiSets(HubTaxonomy taxonomy)
{
    private readonly FrozenDictionary<string, IReadOnlyList<string>> _ids =
        Facets.All.ToFrozenDictionary(f => f, taxonomy.Ids, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> FacetNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Facets.Harm] = "Harm type",
        [Facets.Age] = "Age band",
        [Facets.Language] = "Language",
        [Facets.Audience] = "Audience",
        [Facets.Type] = "Resource type",
        [Facets.Evidence] = "Evidence level",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] Order = [Facets.Harm, Facets.Age, Facets.Language, Facets.Audience, Facets.Type, Facets.Evidence];

    /// <summary>
    /// Every set, each facet's root before its values, values in taxonomy order (harm parents before
    /// children); <paramref name="catalogLanguages"/> outside the taxonomy follow its languages.
    /// </summary>
    public IEnumerable<(string Spec, string Name)> All(IEnumerable<string> catalogLanguages) => Order.SelectMany(facet =>
        Values(facet, facet == Facets.Language ? catalogLanguages : [])
            .Select(id => (OaiSetSpec.Of(facet, id), $"{FacetNames[facet]}: {Label(facet, id)}"))
            .Prepend((facet, FacetNames[facet])));

    /// <summary>True when <paramref name="spec"/> names a set.</summary>
    public bool Exists(string spec)
    {
        var (facet, value) = OaiSetSpec.Parse(spec);
        return FacetNames.ContainsKey(facet)
            && (value is null || taxonomy.IsKnown(facet, value) || (facet == Facets.Language && LanguageTags.IsIso6391(value)));
    }

    /// <summary>The sets an item belongs to, roots included, in <see cref="All"/>'s order.</summary>
    public IReadOnlyList<string> Of(CatalogEntry entry)
    {
        var specs = new List<string>();
        foreach (var facet in Order)
        {
            var held = ValuesOf(entry, facet).ToHashSet(StringComparer.Ordinal);
            var values = Values(facet, facet == Facets.Language ? held : []).Where(held.Contains).ToList();
            if (values.Count > 0)
            {
                specs.Add(facet);
                specs.AddRange(values.Select(v => OaiSetSpec.Of(facet, v)));
            }
        }

        return specs;
    }

    private IEnumerable<string> ValuesOf(CatalogEntry entry, string facet) => facet switch
    {
        Facets.Harm => entry.Harms.SelectMany(taxonomy.HarmWithAncestors),
        Facets.Age => taxonomy.AgeBandsFor(entry.AgeMin, entry.AgeMax),
        Facets.Language => entry.Languages,
        Facets.Audience => entry.Audiences,
        Facets.Type => entry.ResourceType is { } type ? [type] : [],
        Facets.Evidence => entry.EvidenceLevel is { } level ? [level] : [],
        _ => [],
    };

    /// <summary>The facet's taxonomy values, then the <paramref name="extra"/> languages it lacks in ordinal order.</summary>
    private IEnumerable<string> Values(string facet, IEnumerable<string> extra) =>
        _ids[facet].Concat(extra.Where(v => !taxonomy.IsKnown(facet, v) && LanguageTags.IsIso6391(v)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private string Label(string facet, string id) =>
        taxonomy.IsKnown(facet, id) ? taxonomy.Label(facet, id, "en") : new System.Globalization.CultureInfo(id).EnglishName;
}
