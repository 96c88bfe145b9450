using GoSafer.Indexer.Taxonomy;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.TaxonomyApi;

/// <summary><c>GET /api/taxonomy?ui=fr</c>: labels in the requested UI language, English otherwise.</summary>
public sealed class TaxonomyHandler(HubTaxonomy taxonomy)
{
    public IResult Get(HttpRequest request)
    {
        var ui = taxonomy.UiLanguageOrDefault(request.Query["ui"]);
        request.HttpContext.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Ok(Build(ui));
    }

    public TaxonomyView Build(string ui)
    {
        var d = taxonomy.Document;
        string L(Concept c) => HubTaxonomy.LabelOf(c, ui);
        List<LabelledValue> Plain(IEnumerable<Concept> concepts) => concepts.Select(c => new LabelledValue(c.Id, L(c))).ToList();
        return new TaxonomyView(
            d.Version,
            ui,
            d.UiLanguages,
            Plain(d.RiskClasses),
            d.AgeBands.Select(b => new AgeBandView(b.Id, L(b), b.Min, b.Max)).ToList(),
            d.Harms.Select(h => new HarmView(h.Id, L(h), h.Parent, h.RiskClasses)).ToList(),
            Plain(d.Audiences),
            Plain(d.ResourceTypes),
            d.EvidenceLevels.Select(e => new EvidenceLevelView(e.Id, L(e), e.Rank,
                e.Description is null ? null : e.Description.TryGetValue(ui, out var text) ? text : e.Description.GetValueOrDefault("en"))).ToList(),
            Plain(d.ContentLanguages));
    }
}
