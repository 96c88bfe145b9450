using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GoSafer.Hub.Evidence;
using GoSafer.Testing;

namespace GoSafer.Integration.Tests;

/// <summary>The evidence part of the resource contract: validation, rating crosswalk and its documentation.</summary>
[Collection(HubHostCollection.Name)]
public sealed class EvidenceMetadataTests(HubHost host)
{
    [Fact]
    public async Task Bad_evidence_fields_are_all_named_and_nothing_is_stored()
    {
        var before = host.StoredSubmissions();
        var body = Samples.Resource();
        var evidence = body["evidence"]!.AsObject();
        evidence["ratings"] = new JsonArray(
            new JsonObject { ["scheme"] = "Blueprints", ["rating"] = "Excellent" },
            new JsonObject { ["scheme"] = "EEF", ["rating"] = "Positive impact, high security", ["url"] = "ftp://example.org/x" });
        evidence["populations"] = new JsonArray("pupils; teachers");
        evidence["outcomes"] = new JsonArray(new string('o', 201));
        evidence["countries"] = new JsonArray("XX");
        evidence["lastChecked"] = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        evidence["studyDesign"] = "typo of design";

        using var response = await host.Client.PostAsJsonAsync("/api/resources", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(
            [
                "evidence.countries[0]", "evidence.lastChecked", "evidence.outcomes[0]", "evidence.populations[0]",
                "evidence.ratings[0].rating", "evidence.ratings[1].url", "evidence.studyDesign",
            ],
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("Model Plus", errors["evidence.ratings[0].rating"]![0]!.GetValue<string>());
        Assert.Equal(before, host.StoredSubmissions());
    }

    [Fact]
    public async Task A_native_rating_is_stored_under_its_canonical_label_and_sets_a_missing_hub_level()
    {
        var body = Samples.Resource();
        var evidence = body["evidence"]!.AsObject();
        evidence.Remove("level");
        evidence["ratings"] = new JsonArray(
            new JsonObject { ["scheme"] = "CrimeSolutions", ["rating"] = "ineffective" },
            new JsonObject { ["scheme"] = "ESSA", ["rating"] = "Moderate" });
        evidence["populations"] = new JsonArray("pupils aged 9-12");
        evidence["outcomes"] = new JsonArray("help-seeking intentions");
        evidence["countries"] = new JsonArray("am");
        using var submitted = await host.Client.PostAsJsonAsync("/api/resources", body);
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        using var review = await host.Client.SendAsync(HubHost.As("rita", HttpMethod.Get, $"/api/review/resources/{id}"));
        var stored = JsonNode.Parse(await review.Content.ReadAsStringAsync())!["versions"]![0]!["resource"]!["evidence"]!;
        Assert.Equal(["No Effects", "Tier 2"], stored["ratings"]!.AsArray().Select(r => r!["rating"]!.GetValue<string>()));
        Assert.Equal("evaluated-promising", stored["level"]!.GetValue<string>());
        Assert.Equal("AM", stored["countries"]![0]!.GetValue<string>());
    }

    [Fact]
    public void Every_native_rating_maps_to_a_hub_level_of_the_taxonomy()
    {
        var levels = host.Services.GetService(typeof(GoSafer.Indexer.Taxonomy.HubTaxonomy)) is GoSafer.Indexer.Taxonomy.HubTaxonomy taxonomy
            ? taxonomy.Ids(GoSafer.Indexer.Taxonomy.Facets.Evidence)
            : throw new InvalidOperationException("no taxonomy");
        Assert.Equal(["Blueprints", "CrimeSolutions", "WWC", "ESSA", "CEBC", "EEF"], EvidenceCrosswalk.SchemeIds);
        Assert.All(EvidenceCrosswalk.Schemes.SelectMany(s => s.Ratings), r => Assert.Contains(r.HubLevel, levels));
    }

    [Fact]
    public void The_documented_crosswalk_lists_every_row_of_the_code()
    {
        var doc = File.ReadAllText(RepositoryPaths.Combine("docs", "evidence.md"));
        foreach (var scheme in EvidenceCrosswalk.Schemes)
        {
            foreach (var rating in scheme.Ratings)
            {
                Assert.Contains($"| {scheme.Id} | {rating.Label} | `{rating.HubLevel}` |", doc);
            }
        }
    }
}
