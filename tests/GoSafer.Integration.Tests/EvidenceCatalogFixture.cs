using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GoSafer.Integration.Tests;

/// <summary>
/// Adds to the shared host, once, what the export tests look for: a published resource whose cells
/// a spreadsheet would evaluate and whose contact carries a unique marker, a pending resource and a
/// nomination with markers everywhere. Markers must never appear in any export.
/// </summary>
public static class EvidenceCatalogFixture
{
    public const string Marker = "zqexportpii";
    public const string PendingTitle = "Pending zqexportpending resource";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _publishedId;

    public static async Task<string> PublishedIdAsync(HubHost host)
    {
        await Gate.WaitAsync();
        try
        {
            return _publishedId ??= await SeedAsync(host);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> SeedAsync(HubHost host)
    {
        var formula = Samples.Resource($"{Marker}1");
        formula["title"] = "=HYPERLINK(\"https://example.org/x\",\"click me\")";
        formula["organization"] = "+Sample: Formula Org";
        formula["description"] = "-A lesson whose text starts with a minus sign, for pupils aged 9 to 12 about grooming.";
        formula["license"] = "@free text licence";
        formula["evidence"]!["populations"] = new JsonArray("=1+2 pupils", "girls, aged 13-15");
        formula["evidence"]!["outcomes"] = new JsonArray("-help-seeking");
        var id = await SubmitAsync(host, "/api/resources", formula);
        using (var decision = await host.Client.SendAsync(HubHost.As("rita", HttpMethod.Post, $"/api/review/resources/{id}/decisions",
            JsonContent.Create(new { decision = "approve", reason = "Approved for the export tests." }))))
        {
            Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        }

        var pending = Samples.Resource($"{Marker}2");
        pending["title"] = PendingTitle;
        await SubmitAsync(host, "/api/resources", pending);

        var nomination = Samples.Nomination($"{Marker}3");
        nomination["nominee"]!["affiliation"] = $"University {Marker}4";
        nomination["statement"] = $"Statement {Marker}5 about fifteen years of prevention research.";
        await SubmitAsync(host, "/api/nominations", nomination);

        // Publication is applied to the index in the background.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            var page = await host.GetJsonAsync("/api/evidence?format=json&limit=1000");
            if (page["items"]!.AsArray().Any(i => i!["id"]!.GetValue<string>() == id))
            {
                return id;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"published resource {id} never reached the export");
    }

    private static async Task<string> SubmitAsync(HubHost host, string path, JsonObject body)
    {
        using var response = await host.Client.PostAsJsonAsync(path, body);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }
}
