using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GoSafer.Integration.Tests;

[Collection(HubHostCollection.Name)]
public sealed class AbuseProtectionTests(HubHost host)
{
    [Fact]
    public async Task The_same_resource_twice_is_reported_as_a_duplicate_and_stored_once()
    {
        var body = Samples.Resource();
        using var first = await host.Client.PostAsJsonAsync("/api/resources", body);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var before = host.StoredSubmissions();

        var again = body.DeepClone().AsObject();
        again["url"] = again["url"]!.GetValue<string>().ToUpperInvariant().Replace("HTTPS://EXAMPLE.ORG", "https://example.org", StringComparison.Ordinal) + "/";
        again["title"] = "  STAYING safe from online grooming ";
        using var second = await host.Client.PostAsJsonAsync("/api/resources", again);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = (await second.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Contains("already been submitted and is pending", problem["detail"]!.GetValue<string>());
        Assert.Equal(before, host.StoredSubmissions());
    }

    [Fact]
    public async Task A_filled_honeypot_gets_an_ordinary_answer_and_nothing_is_stored()
    {
        var before = host.StoredSubmissions();
        var body = Samples.Resource();
        body["website"] = "http://spam.example";
        using var response = await host.Client.PostAsJsonAsync("/api/resources", body);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(before, host.StoredSubmissions());

        var empty = Samples.Nomination();
        empty["website"] = "";
        using var person = await host.Client.PostAsJsonAsync("/api/nominations", empty);
        Assert.Equal(HttpStatusCode.Accepted, person.StatusCode);
        Assert.Equal(before.Count + 1, host.StoredSubmissions().Count);
    }
}

/// <summary>A host with the production-like limit lowered so the test stays small.</summary>
public sealed class RateLimitedHost : HubHost
{
    protected override IEnumerable<string> ExtraArgs => ["--GoSafer:Intake:RateLimitPermits=3", "--GoSafer:Intake:RateLimitWindowSeconds=600"];
}

public sealed class RateLimitTests : IClassFixture<RateLimitedHost>
{
    private readonly RateLimitedHost _host;

    public RateLimitTests(RateLimitedHost host) => _host = host;

    [Fact]
    public async Task A_client_over_its_intake_limit_gets_429_with_Retry_After_and_nothing_is_stored()
    {
        for (var i = 0; i < 3; i++)
        {
            using var accepted = await _host.Client.PostAsJsonAsync("/api/resources", Samples.Resource());
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        var before = _host.StoredSubmissions();
        using var refused = await _host.Client.PostAsJsonAsync("/api/nominations", Samples.Nomination());
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Equal(before, _host.StoredSubmissions());

        using var search = await _host.Client.GetAsync("/api/search?q=grooming");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
    }
}
