using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GoSafer.Integration.Tests;

public sealed class AuditTrailTests : IAsyncLifetime
{
    private readonly HubHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    private async Task<JsonObject> VerifyAsync()
    {
        using var response = await _host.Client.SendAsync(HubHost.As("ada", HttpMethod.Get, "/api/review/audit/verify"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    [Fact]
    public async Task Intake_and_decisions_are_chained_in_the_audit_log_and_tampering_is_detected()
    {
        using var submitted = await _host.Client.PostAsJsonAsync("/api/resources", Samples.Resource());
        var id = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        using (var decision = await _host.Client.SendAsync(HubHost.As("rita", HttpMethod.Post, $"/api/review/resources/{id}/decisions",
                   JsonContent.Create(new { decision = "approve", reason = "Fine." }))))
        {
            Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        }

        var verified = await VerifyAsync();
        Assert.True(verified["intact"]!.GetValue<bool>());
        Assert.Equal(3, verified["entries"]!.GetValue<long>());

        using var list = await _host.Client.SendAsync(HubHost.As("ada", HttpMethod.Get, "/api/review/audit"));
        var entries = (await list.Content.ReadFromJsonAsync<JsonArray>())!;
        Assert.Equal(["intake", "decision", "publication"], entries.Select(e => e!["action"]!.GetValue<string>()));
        Assert.All(entries, e => Assert.Equal(id, e!["subject"]!.GetValue<string>()));
        Assert.DoesNotContain("contact@example.org", entries.ToJsonString());

        using var reviewerList = await _host.Client.SendAsync(HubHost.As("rita", HttpMethod.Get, "/api/review/audit"));
        Assert.Equal(HttpStatusCode.Forbidden, reviewerList.StatusCode);

        // Rewrite the decision entry's detail, as someone with file access might.
        var second = Path.Combine(_host.DataPath, "records", "audit", "000000000002.json");
        await File.WriteAllTextAsync(second, (await File.ReadAllTextAsync(second)).Replace("approve", "reject", StringComparison.Ordinal));
        var broken = await VerifyAsync();
        Assert.False(broken["intact"]!.GetValue<bool>());
        Assert.Equal(2, broken["firstBrokenSequence"]!.GetValue<long>());
    }
}
