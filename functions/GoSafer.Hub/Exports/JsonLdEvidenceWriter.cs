using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Hub.Exports;

/// <summary>
/// A resource as a schema.org <c>LearningResource</c> with the LRMI properties (typical age range,
/// educational audience, learning resource type, language), its harm concepts as
/// <c>DefinedTerm</c>s in <c>about</c> and <c>teaches</c>, its licence and its citations, plus the
/// hub's evidence terms.
/// </summary>
public sealed partial class JsonLdEvidenceWriter(HubTaxonomy taxonomy)
{
    public JsonObject Node(EvidenceRecord r, string baseUrl)
    {
        var harms = new JsonArray(r.Harms.Select(h => (JsonNode)Term(Facets.Harm, h)).ToArray());
        var node = new JsonObject
        {
            ["@id"] = $"{baseUrl}/api/resources/{r.Id}",
            ["@type"] = "LearningResource",
            ["identifier"] = r.Id,
            ["name"] = r.Title,
            ["description"] = r.Description,
            ["url"] = r.Url,
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = r.Organization },
            ["inLanguage"] = Strings(r.Languages),
            ["educationalAudience"] = new JsonArray(r.Audiences
                .Select(a => (JsonNode)new JsonObject { ["@type"] = "EducationalAudience", ["educationalRole"] = a }).ToArray()),
            ["about"] = harms,
            ["teaches"] = new JsonArray(r.Harms.Select(h => (JsonNode)JsonLdContext.ConceptIri(Facets.Harm, h)).ToArray()),
            ["spatialCoverage"] = new JsonArray(r.Countries
                .Select(c => (JsonNode)new JsonObject { ["@type"] = "Country", ["identifier"] = c }).ToArray()),
            ["datePublished"] = ExportValues.Timestamp(r.PublishedAt),
            ["dateModified"] = ExportValues.Timestamp(r.UpdatedAt),
            ["evidenceLevel"] = Term(Facets.Evidence, r.Evidence.Level),
            ["nativeRating"] = new JsonArray(r.Evidence.Ratings.Select(x => (JsonNode)new JsonObject
            {
                ["@type"] = "Rating",
                ["ratingValue"] = x.Rating,
                ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = x.Scheme },
                ["url"] = x.Url,
                ["hubLevel"] = x.HubLevel,
            }).ToArray()),
            ["citation"] = new JsonArray(r.Evidence.Citations.Select(c => (JsonNode)new JsonObject
            {
                ["@id"] = CsvEvidenceWriter.CitationLink(c),
                ["@type"] = "CreativeWork",
                ["identifier"] = c.Doi is null ? null : $"doi:{c.Doi}",
                ["name"] = c.Text,
                ["url"] = c.Url,
            }).ToArray()),
            ["studyDesign"] = r.Evidence.Design,
            ["studyPopulation"] = Strings(r.Evidence.Populations),
            ["studyCountry"] = Strings(r.Evidence.Countries),
            ["measuredOutcome"] = Strings(r.Evidence.Outcomes),
            ["preventionIngredient"] = Strings(r.Evidence.Ingredients),
            ["lastEvidenceCheck"] = ExportValues.Date(r.Evidence.LastChecked),
            ["sample"] = r.Sample,
        };

        if (r.AgeMin is not null || r.AgeMax is not null)
        {
            node["typicalAgeRange"] = $"{r.AgeMin ?? 0}-{r.AgeMax ?? 18}";
        }

        if (r.ResourceType is { } type)
        {
            node["learningResourceType"] = Term(Facets.Type, type);
        }

        if (r.License is { } license)
        {
            node["license"] = SpdxId().IsMatch(license) ? $"https://spdx.org/licenses/{license}" : license;
        }

        if (r.PublishedYear is { } year)
        {
            node["copyrightYear"] = year;
        }

        foreach (var empty in node.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            node.Remove(empty);
        }

        return node;
    }

    private JsonObject Term(string facet, string id) => new()
    {
        ["@id"] = JsonLdContext.ConceptIri(facet, id),
        ["@type"] = "DefinedTerm",
        ["termCode"] = id,
        ["name"] = taxonomy.Label(facet, id, "en"),
        ["inDefinedTermSet"] = $"urn:gosafer:taxonomy:{facet}",
    };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)v).ToArray());


    // SPDX licence IDs are single tokens such as "CC-BY-4.0"; anything else is free text.
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9.+-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SpdxId();
}
