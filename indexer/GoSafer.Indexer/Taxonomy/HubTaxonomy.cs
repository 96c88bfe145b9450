using System.Collections.Frozen;

namespace GoSafer.Indexer.Taxonomy;

/// <summary>
/// The validated taxonomy with the look-ups the hub needs. Immutable and shared by every request.
/// </summary>
public sealed class HubTaxonomy
{
    private readonly FrozenDictionary<string, HarmConcept> _harms;
    private readonly FrozenDictionary<string, FrozenDictionary<string, Concept>> _byFacet;

    internal HubTaxonomy(TaxonomyDocument document)
    {
        Document = document;
        _harms = document.Harms.ToFrozenDictionary(h => h.Id, StringComparer.Ordinal);
        _byFacet = new Dictionary<string, FrozenDictionary<string, Concept>>
        {
            [Facets.Age] = document.AgeBands.ToFrozenDictionary(c => c.Id, c => (Concept)c, StringComparer.Ordinal),
            [Facets.Harm] = document.Harms.ToFrozenDictionary(c => c.Id, c => (Concept)c, StringComparer.Ordinal),
            [Facets.Language] = document.ContentLanguages.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal),
            [Facets.Audience] = document.Audiences.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal),
            [Facets.Type] = document.ResourceTypes.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal),
            [Facets.Evidence] = document.EvidenceLevels.ToFrozenDictionary(c => c.Id, c => (Concept)c, StringComparer.Ordinal),
        }.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public TaxonomyDocument Document { get; }

    public string Version => Document.Version;

    public IReadOnlyList<string> UiLanguages => Document.UiLanguages;

    /// <summary>The UI language to use for <paramref name="requested"/> (a BCP 47 tag or null); English when unknown.</summary>
    public string UiLanguageOrDefault(string? requested)
    {
        var primary = LanguageTags.Primary(requested);
        return primary is not null && Document.UiLanguages.Contains(primary) ? primary : "en";
    }

    public bool IsKnown(string facet, string id) =>
        _byFacet.TryGetValue(facet, out var values) && values.ContainsKey(id);

    /// <summary>The valid IDs of a facet, in taxonomy order (used in error messages).</summary>
    public IReadOnlyList<string> Ids(string facet) => facet switch
    {
        Facets.Age => Document.AgeBands.Select(c => c.Id).ToList(),
        Facets.Harm => Document.Harms.Select(c => c.Id).ToList(),
        Facets.Language => Document.ContentLanguages.Select(c => c.Id).ToList(),
        Facets.Audience => Document.Audiences.Select(c => c.Id).ToList(),
        Facets.Type => Document.ResourceTypes.Select(c => c.Id).ToList(),
        Facets.Evidence => Document.EvidenceLevels.Select(c => c.Id).ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(facet), facet, "unknown facet"),
    };

    /// <summary>The label of a facet value in <paramref name="ui"/>, falling back to English, then to the ID.</summary>
    public string Label(string facet, string id, string ui) =>
        _byFacet.TryGetValue(facet, out var values) && values.TryGetValue(id, out var concept)
            ? LabelOf(concept, ui)
            : id;

    public static string LabelOf(Concept concept, string ui) =>
        concept.Labels.TryGetValue(ui, out var label) ? label
        : concept.Labels.TryGetValue("en", out var english) ? english
        : concept.Id;

    /// <summary>The harm and every ancestor, nearest first (selecting a parent matches its children).</summary>
    public IEnumerable<string> HarmWithAncestors(string harmId)
    {
        for (var id = harmId; id is not null && _harms.TryGetValue(id, out var harm); id = harm.Parent)
        {
            yield return id;
        }
    }

    /// <summary>The age bands overlapping <paramref name="min"/>..<paramref name="max"/>.</summary>
    public IEnumerable<string> AgeBandsFor(int? min, int? max)
    {
        if (min is null && max is null)
        {
            return [];
        }

        var lo = min ?? 0;
        var hi = max ?? 18;
        return Document.AgeBands.Where(b => b.Overlaps(lo, hi)).Select(b => b.Id);
    }

    public int EvidenceRank(string? level) =>
        Document.EvidenceLevels.FirstOrDefault(l => l.Id == level)?.Rank ?? 0;
}
