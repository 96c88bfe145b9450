using System.Text.Json.Nodes;

namespace GoSafer.Integration.Tests;

/// <summary><c>GET /api/stats/gaps</c>: every count is what search reports for the same cell.</summary>
[Collection(HubHostCollection.Name)]
public sealed class StatsGapsTests(HubHost host)
{
    [Fact]
    public async Task Each_gap_cell_counts_what_search_finds_for_that_harm_age_and_language()
    {
        var stats = await host.GetJsonAsync("/api/stats/gaps");
        var cells = stats["cells"]!.AsArray().Select(c => c!.AsObject()).ToList();
        Assert.NotEmpty(cells);
        var complete = cells.Where(c => c["harm"] is not null && c["age"] is not null && c["lang"] is not null).ToList();

        // The largest, the smallest and a middle cell, so the check covers counts of every size.
        var sample = complete.OrderByDescending(c => c["count"]!.GetValue<int>()).ToList();
        foreach (var cell in new[] { sample[0], sample[sample.Count / 2], sample[^1] })
        {
            var search = await host.GetJsonAsync($"/api/search?pageSize=1&harm={cell["harm"]}&age={cell["age"]}&lang={cell["lang"]}");
            Assert.Equal(search["total"]!.GetValue<int>(), cell["count"]!.GetValue<int>());
        }

        var total = await host.GetJsonAsync("/api/search?pageSize=1");
        Assert.Equal(total["total"]!.GetValue<int>(), stats["total"]!.GetValue<int>());
        foreach (var level in stats["byEvidence"]!.AsArray())
        {
            var search = await host.GetJsonAsync($"/api/search?pageSize=1&evidence={level!["level"]}");
            Assert.Equal(search["total"]!.GetValue<int>(), level["count"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task Gap_statistics_in_csv_equal_the_json_and_honour_facet_filters()
    {
        const string slice = "evidence=evaluated-effective,evaluated-promising";
        var json = await host.GetJsonAsync($"/api/stats/gaps?{slice}");
        var csv = await host.Client.GetStringAsync($"/api/stats/gaps?{slice}&format=csv");
        var rows = JsonNode.Parse(await EvidenceNodeTools.NodeAsync(csv, "parse-csv.mjs"))!.AsArray();
        var cells = json["cells"]!.AsArray();
        Assert.NotEmpty(cells);
        var searched = await host.GetJsonAsync($"/api/search?pageSize=1&{slice}");
        Assert.Equal(searched["total"]!.GetValue<int>(), json["total"]!.GetValue<int>());
        Assert.All(json["byEvidence"]!.AsArray().Where(e => e!["level"]!.GetValue<string>() is not ("evaluated-effective" or "evaluated-promising")),
            e => Assert.Equal(0, e!["count"]!.GetValue<int>()));
        Assert.Equal(
            cells.Select(c => $"{c!["harm"]}|{c["age"]}|{c["lang"]}|{c["count"]}"),
            rows.Select(r => $"{r!["harm"]}|{r["age"]}|{r["lang"]}|{r["count"]}"));

        var evidence = JsonNode.Parse(await EvidenceNodeTools.NodeAsync(await host.Client.GetStringAsync($"/api/stats/gaps?{slice}&format=csv&table=evidence"), "parse-csv.mjs"))!.AsArray();
        Assert.Equal(
            json["byEvidence"]!.AsArray().Select(e => $"{e!["level"]}|{e["count"]}"),
            evidence.Select(e => $"{e!["evidenceLevel"]}|{e["count"]}"));
    }

    [Fact]
    public async Task Bad_statistics_parameters_are_named_in_problem_details()
    {
        using var response = await host.Client.GetAsync("/api/stats/gaps?format=xlsx&table=people&age=100");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(["age", "format", "table"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Harm_by_age_counts_each_resource_once_as_search_facets_do()
    {
        var stats = await host.GetJsonAsync("/api/stats/gaps?lang=fr");
        foreach (var band in new[] { "9-12", "13-15" })
        {
            var search = await host.GetJsonAsync($"/api/search?pageSize=1&age={band}&lang=fr");
            var facet = search["facets"]!["harm"]!.AsArray().ToDictionary(v => v!["value"]!.GetValue<string>(), v => v!["count"]!.GetValue<int>());
            var cells = stats["byHarmAndAge"]!.AsArray().Where(c => c!["age"]?.GetValue<string>() == band)
                .ToDictionary(c => c!["harm"]?.GetValue<string>() ?? "", c => c!["count"]!.GetValue<int>());
            Assert.NotEmpty(facet);
            Assert.Equal(facet.Where(f => f.Value > 0).OrderBy(f => f.Key, StringComparer.Ordinal), cells.Where(c => c.Key.Length > 0).OrderBy(c => c.Key, StringComparer.Ordinal));
        }
    }
}
