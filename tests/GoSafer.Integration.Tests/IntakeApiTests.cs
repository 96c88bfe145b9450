using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GoSafer.Integration.Tests;

[Collection(HubHostCollection.Name)]
public sealed class IntakeApiTests(HubHost host)
{
    [Fact]
    public async Task A_resource_submission_is_accepted_stored_and_reported_pending_with_its_receipt()
    {
        using var response = await host.Client.PostAsJsonAsync("/api/resources", Samples.Resource());
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = accepted["id"]!.GetValue<string>();
        var receipt = accepted["receipt"]!.GetValue<string>();
        Assert.StartsWith("res_", id);
        Assert.Equal("pending", accepted["status"]!.GetValue<string>());
        Assert.True(receipt.Length >= 40, "receipts carry at least 256 bits");
        Assert.Equal($"/api/submissions/{id}", response.Headers.Location!.OriginalString);
        Assert.True(File.Exists(Path.Combine(host.SubmissionsPath, $"{id}.json")));

        var status = await host.GetJsonAsync(accepted["statusUrl"]!.GetValue<string>());
        Assert.Equal(id, status["id"]!.GetValue<string>());
        Assert.Equal("pending", status["status"]!.GetValue<string>());
        Assert.Equal("resource", status["kind"]!.GetValue<string>());
        Assert.Equal("Staying safe from online grooming", status["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_nomination_is_accepted_and_its_status_holds_no_personal_data()
    {
        using var response = await host.Client.PostAsJsonAsync("/api/nominations", Samples.Nomination("zq81"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.StartsWith("nom_", accepted["id"]!.GetValue<string>());

        using var status = await host.Client.GetAsync(accepted["statusUrl"]!.GetValue<string>());
        var body = await status.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Contains("\"pending\"", body);
        Assert.DoesNotContain("zq81", body);
        Assert.DoesNotContain("@", body);
    }

    [Fact]
    public async Task A_wrong_or_missing_receipt_gets_the_same_404_as_an_unknown_id()
    {
        using var submitted = await host.Client.PostAsJsonAsync("/api/resources", Samples.Resource());
        var id = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var answers = new List<(HttpStatusCode, string)>();
        foreach (var url in new[]
                 {
                     $"/api/submissions/{id}?receipt=wrong-receipt-value",
                     $"/api/submissions/{id}",
                     "/api/submissions/res_doesnotexist2345?receipt=wrong-receipt-value",
                     "/api/submissions/..%2Fpublished%2Fdemo-001?receipt=x",
                 })
        {
            using var response = await host.Client.GetAsync(url);
            var body = await response.Content.ReadFromJsonAsync<JsonObject>();
            answers.Add((response.StatusCode, body!["detail"]!.GetValue<string>()));
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.Item1));
        Assert.Single(answers.Select(a => a.Item2).Distinct());
    }

    [Fact]
    public async Task A_pending_resource_is_neither_public_nor_searchable()
    {
        var marker = "pendingmarker" + Guid.NewGuid().ToString("N")[..8];
        var resource = Samples.Resource();
        resource["title"] = $"Unreviewed {marker}";
        using var submitted = await host.Client.PostAsJsonAsync("/api/resources", resource);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        using var byId = await host.Client.GetAsync($"/api/resources/{id}");
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        var search = await host.GetJsonAsync($"/api/search?q={marker}");
        Assert.Equal(0, search["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Contact_details_never_appear_in_public_responses()
    {
        using var submitted = await host.Client.PostAsJsonAsync("/api/resources", Samples.Resource("k7leak"));
        var accepted = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!;
        var publicBodies = new List<string> { accepted.ToJsonString() };
        foreach (var url in new[] { accepted["statusUrl"]!.GetValue<string>(), "/api/search?q=grooming", "/api/search", "/api/health" })
        {
            publicBodies.Add(await host.Client.GetStringAsync(url));
        }

        Assert.All(publicBodies, body => Assert.DoesNotContain("k7leak", body));
    }
}
