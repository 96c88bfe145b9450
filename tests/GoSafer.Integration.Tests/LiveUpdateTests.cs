using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GoSafer.Hub.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GoSafer.Integration.Tests;

[Collection(HubHostCollection.Name)]
public sealed class LiveUpdateTests(HubHost host, ITestOutputHelper output)
{
    [Fact]
    public async Task A_published_resource_becomes_searchable_and_a_withdrawn_one_disappears()
    {
        var marker = "livemarker" + Guid.NewGuid().ToString("N")[..6];
        var body = Samples.Resource();
        body["title"] = $"Live update {marker}";
        using var submitted = await host.Client.PostAsJsonAsync("/api/resources", body);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var publisher = host.Services.GetRequiredService<ResourcePublisher>();

        await publisher.PublishAsync(id, default);
        var (found, appeared) = await host.WaitForSearchAsync($"/api/search?q={marker}", total => total == 1);
        Assert.Equal(1, found["total"]!.GetValue<int>());
        Assert.Equal("published", (await host.GetJsonAsync($"/api/resources/{id}"))["status"]!.GetValue<string>());

        await publisher.WithdrawAsync(id, default);
        var (after, disappeared) = await host.WaitForSearchAsync($"/api/search?q={marker}", total => total == 0);
        Assert.Equal(0, after["total"]!.GetValue<int>());
        using var gone = await host.Client.GetAsync($"/api/resources/{id}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);

        // Latency is measured here for the record (docs/benchmarks.md), not asserted: timing belongs to benchmarks.
        output.WriteLine($"searchable after {appeared.TotalMilliseconds:F0} ms, gone after {disappeared.TotalMilliseconds:F0} ms");
    }
}
