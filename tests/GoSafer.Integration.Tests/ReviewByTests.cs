using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GoSafer.Integration.Tests;

/// <summary>A host whose review-by period is zero months: a resource is due for re-review as soon as it is published.</summary>
public sealed class ImmediateReReviewHost : HubHost
{
    protected override IEnumerable<string> ExtraArgs => [.. base.ExtraArgs, "--GoSafer:Review:ReviewByMonths=0"];
}

public sealed class ReviewByTests(ImmediateReReviewHost host) : IClassFixture<ImmediateReReviewHost>
{
    private async Task<(string Id, string StatusUrl)> PublishAsync()
    {
        using var submitted = await host.Client.PostAsJsonAsync("/api/resources", Samples.Resource());
        var accepted = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = accepted["id"]!.GetValue<string>();
        using var approved = await DecideAsync("rita", id, "approve");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        return (id, accepted["statusUrl"]!.GetValue<string>());
    }

    private Task<HttpResponseMessage> DecideAsync(string reviewer, string id, string decision) =>
        host.Client.SendAsync(HubHost.As(reviewer, HttpMethod.Post, $"/api/review/resources/{id}/decisions",
            JsonContent.Create(new { decision, reason = "Periodic review." })));

    private async Task<IReadOnlyList<string>> DueAsync()
    {
        using var response = await host.Client.SendAsync(HubHost.As("ruben", HttpMethod.Get, "/api/review/resources?status=review-due&pageSize=100"));
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ToList();
    }

    [Fact]
    public async Task A_published_resource_past_its_review_by_date_returns_to_the_queue_and_can_be_reconfirmed()
    {
        var (id, statusUrl) = await PublishAsync();
        Assert.Contains(id, await DueAsync());

        using var reconfirmed = await DecideAsync("ruben", id, "approve");
        Assert.Equal(HttpStatusCode.OK, reconfirmed.StatusCode);
        Assert.Equal("published", (await host.GetJsonAsync(statusUrl))["status"]!.GetValue<string>());
        Assert.Equal(2, (await host.GetJsonAsync(statusUrl))["feedback"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_re_review_that_rejects_takes_the_resource_down()
    {
        var (id, statusUrl) = await PublishAsync();
        using var rejected = await DecideAsync("ruben", id, "reject");
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal("withdrawn", (await host.GetJsonAsync(statusUrl))["status"]!.GetValue<string>());
        using var gone = await host.Client.GetAsync($"/api/resources/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.DoesNotContain(id, await DueAsync());
    }
}
