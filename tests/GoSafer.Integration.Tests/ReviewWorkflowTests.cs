using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace GoSafer.Integration.Tests;

[Collection(HubHostCollection.Name)]
public sealed class ReviewWorkflowTests(HubHost host)
{
    private async Task<(string Id, string StatusUrl)> SubmitAsync(string path, JsonObject body)
    {
        using var response = await host.Client.PostAsJsonAsync(path, body);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (accepted["id"]!.GetValue<string>(), accepted["statusUrl"]!.GetValue<string>());
    }

    private async Task<HttpResponseMessage> DecideAsync(string reviewer, string segment, string id, object decision) =>
        await host.Client.SendAsync(HubHost.As(reviewer, HttpMethod.Post, $"/api/review/{segment}/{id}/decisions",
            new StringContent(System.Text.Json.JsonSerializer.Serialize(decision), Encoding.UTF8, "application/json")));

    private async Task<JsonNode> GetAsAsync(string reviewer, string url)
    {
        using var response = await host.Client.SendAsync(HubHost.As(reviewer, HttpMethod.Get, url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    [Fact]
    public async Task A_queue_sorted_newest_first_is_the_oldest_first_order_reversed_and_a_bad_order_is_named()
    {
        await SubmitAsync("/api/nominations", Samples.Nomination());
        await SubmitAsync("/api/nominations", Samples.Nomination());
        static List<string> Ids(JsonNode page) => [.. page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>())];

        var oldest = Ids(await GetAsAsync("rita", "/api/review/nominations?status=pending&pageSize=100"));
        var explicitOldest = Ids(await GetAsAsync("rita", "/api/review/nominations?status=pending&pageSize=100&sort=oldest"));
        var newest = Ids(await GetAsAsync("rita", "/api/review/nominations?status=pending&pageSize=100&sort=newest"));

        Assert.True(oldest.Count >= 2);
        Assert.Equal(oldest, explicitOldest);
        Assert.Equal(Enumerable.Reverse(oldest), newest);
        using var bad = await host.Client.SendAsync(HubHost.As("rita", HttpMethod.Get, "/api/review/nominations?sort=sideways"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = (await bad.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Contains("sideways", problem["errors"]!["sort"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_approved_resource_is_published_searchable_and_the_submitter_sees_the_reason()
    {
        var marker = "approvedmarker" + Guid.NewGuid().ToString("N")[..6];
        var body = Samples.Resource();
        body["title"] = $"Board approved {marker}";
        var (id, statusUrl) = await SubmitAsync("/api/resources", body);

        var queue = await GetAsAsync("rita", "/api/review/resources?status=pending&pageSize=100");
        Assert.Contains(queue["items"]!.AsArray(), i => i!["id"]!.GetValue<string>() == id);
        var item = await GetAsAsync("rita", $"/api/review/resources/{id}");
        Assert.Equal("contact@example.org", item["versions"]![0]!["resource"]!["contact"]!["email"]!.GetValue<string>());

        using var decided = await DecideAsync("rita", "resources", id, new { decision = "approve", reason = "Sound, age-appropriate and evidence-informed." });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        var status = await host.GetJsonAsync(statusUrl);
        Assert.Equal("published", status["status"]!.GetValue<string>());
        Assert.Equal("Sound, age-appropriate and evidence-informed.", status["feedback"]![0]!["reason"]!.GetValue<string>());
        Assert.DoesNotContain("rita", status.ToJsonString());
        var (search, _) = await host.WaitForSearchAsync($"/api/search?q={marker}", total => total == 1);
        Assert.Equal(id, search["results"]![0]!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("reject", "rejected")]
    [InlineData("request-changes", "changes-requested")]
    public async Task A_rejection_or_change_request_reaches_the_submitter_and_publishes_nothing(string decision, string expected)
    {
        var (id, statusUrl) = await SubmitAsync("/api/resources", Samples.Resource());
        using var decided = await DecideAsync("ruben", "resources", id, new { decision, reason = "Please add the evidence you mention." });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var status = await host.GetJsonAsync(statusUrl);
        Assert.Equal(expected, status["status"]!.GetValue<string>());
        Assert.Equal(decision, status["feedback"]![0]!["decision"]!.GetValue<string>());
        using var publicView = await host.Client.GetAsync($"/api/resources/{id}");
        Assert.Equal(HttpStatusCode.NotFound, publicView.StatusCode);

        using var again = await DecideAsync("rita", "resources", id, new { decision = "approve", reason = "Changed my mind." });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task After_a_change_request_the_submitter_sends_a_new_version_that_re_enters_the_queue()
    {
        var body = Samples.Resource();
        var (id, statusUrl) = await SubmitAsync("/api/resources", body);
        var receipt = statusUrl[(statusUrl.IndexOf("receipt=", StringComparison.Ordinal) + 8)..];

        using (var early = await host.Client.PostAsJsonAsync($"/api/submissions/{id}/versions?receipt={receipt}", body))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        }

        using (var decided = await DecideAsync("rita", "resources", id, new { decision = "request-changes", reason = "Please state the evidence level." }))
        {
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }

        body["evidence"]!["level"] = "evidence-informed";
        body["title"] = "Staying safe from online grooming (revised)";
        using (var wrongReceipt = await host.Client.PostAsJsonAsync($"/api/submissions/{id}/versions?receipt=not-the-receipt", body))
        {
            Assert.Equal(HttpStatusCode.NotFound, wrongReceipt.StatusCode);
        }

        using (var resubmitted = await host.Client.PostAsJsonAsync($"/api/submissions/{id}/versions?receipt={receipt}", body))
        {
            Assert.Equal(HttpStatusCode.Accepted, resubmitted.StatusCode);
        }

        var status = await host.GetJsonAsync(statusUrl);
        Assert.Equal(("pending", 2), (status["status"]!.GetValue<string>(), status["versions"]!.GetValue<int>()));
        var item = await GetAsAsync("ruben", $"/api/review/resources/{id}");
        Assert.Equal(2, item["versions"]!.AsArray().Count);
        Assert.Single(item["decisions"]!.AsArray());

        using (var approved = await DecideAsync("rita", "resources", id, new { decision = "approve", reason = "Thanks for the update." }))
        {
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        var published = await host.GetJsonAsync($"/api/resources/{id}");
        Assert.Equal("Staying safe from online grooming (revised)", published["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_decision_without_a_reason_is_refused_naming_the_field()
    {
        var (id, _) = await SubmitAsync("/api/resources", Samples.Resource());
        using var response = await DecideAsync("rita", "resources", id, new { decision = "maybe" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("decision") && errors.ContainsKey("reason"));
    }

    [Fact]
    public async Task A_nomination_needs_two_approving_reviewers_then_joins_the_roster()
    {
        var marker = "Quorum Nominee " + Guid.NewGuid().ToString("N")[..6];
        var body = Samples.Nomination();
        body["nominee"]!["name"] = marker;
        var (id, statusUrl) = await SubmitAsync("/api/nominations", body);

        using (var first = await DecideAsync("rita", "nominations", id, new { decision = "approve", reason = "Strong research record." }))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        Assert.Equal("pending", (await host.GetJsonAsync(statusUrl))["status"]!.GetValue<string>());
        using (var twice = await DecideAsync("rita", "nominations", id, new { decision = "approve", reason = "Again." }))
        {
            Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        }

        using (var second = await DecideAsync("ruben", "nominations", id, new { decision = "approve", reason = "Agreed." }))
        {
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        }

        Assert.Equal("approved", (await host.GetJsonAsync(statusUrl))["status"]!.GetValue<string>());
        var roster = await GetAsAsync("ada", "/api/review/roster");
        Assert.Contains(roster.AsArray(), e => e!["name"]!.GetValue<string>() == marker);
        using var anonymousRoster = await host.Client.GetAsync("/api/review/roster");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousRoster.StatusCode);
    }

    [Fact]
    public async Task A_reviewer_who_declared_a_conflict_cannot_decide_and_a_nominee_cannot_decide_their_own_nomination()
    {
        var (id, _) = await SubmitAsync("/api/nominations", Samples.Nomination());
        using (var declared = await DecideAsync("rita", "nominations", id, new { conflictOfInterest = true }))
        {
            Assert.Equal(HttpStatusCode.OK, declared.StatusCode);
        }

        using (var refused = await DecideAsync("rita", "nominations", id, new { decision = "approve", reason = "I know them well." }))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        }

        var self = Samples.Nomination();
        self["nominee"]!["name"] = "ruben";
        var (selfId, _) = await SubmitAsync("/api/nominations", self);
        using var own = await DecideAsync("ruben", "nominations", selfId, new { decision = "approve", reason = "Me." });
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
    }

    [Fact]
    public async Task An_admin_erases_a_nominations_personal_data_and_the_expert_leaves_the_roster()
    {
        var marker = "Erasable Person " + Guid.NewGuid().ToString("N")[..6];
        var body = Samples.Nomination();
        body["nominee"]!["name"] = marker;
        var (id, statusUrl) = await SubmitAsync("/api/nominations", body);
        foreach (var reviewer in new[] { "rita", "ruben" })
        {
            using var approved = await DecideAsync(reviewer, "nominations", id, new { decision = "approve", reason = "Yes." });
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        using (var byReviewer = await host.Client.SendAsync(HubHost.As("rita", HttpMethod.Post, $"/api/review/nominations/{id}/erasure")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
        }

        using (var erased = await host.Client.SendAsync(HubHost.As("ada", HttpMethod.Post, $"/api/review/nominations/{id}/erasure")))
        {
            Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        }

        var item = await GetAsAsync("ada", $"/api/review/nominations/{id}");
        Assert.DoesNotContain(marker, item.ToJsonString());
        Assert.DoesNotContain("@example.org", item.ToJsonString());
        Assert.Equal(2, item["decisions"]!.AsArray().Count);
        Assert.DoesNotContain(marker, (await GetAsAsync("ada", "/api/review/roster")).ToJsonString());
        var stored = await File.ReadAllTextAsync(Path.Combine(host.SubmissionsPath, $"{id}.json"));
        Assert.DoesNotContain(marker, stored);
        Assert.Equal("withdrawn", (await host.GetJsonAsync(statusUrl))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Concurrent_decisions_on_one_item_never_both_win()
    {
        for (var round = 0; round < 5; round++)
        {
            var (id, statusUrl) = await SubmitAsync("/api/resources", Samples.Resource());
            var approve = DecideAsync("rita", "resources", id, new { decision = "approve", reason = "Good resource." });
            var reject = DecideAsync("ruben", "resources", id, new { decision = "reject", reason = "Out of scope." });
            var responses = await Task.WhenAll(approve, reject);
            var statuses = responses.Select(r => r.StatusCode).ToList();
            foreach (var response in responses)
            {
                response.Dispose();
            }

            Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.OK));
            Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Conflict));
            var status = await host.GetJsonAsync(statusUrl);
            Assert.Single(status["feedback"]!.AsArray());
        }
    }
}
