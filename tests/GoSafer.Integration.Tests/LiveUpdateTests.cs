using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GoSafer.Hub.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GoSafer.Integration.Tests;

[Collection(HubHostCollection.Name)]
public sealed class LiveUpdateTests(HubHost host, ITestOutputHelper output)
{
    private async Task<TimeSpan> WaitForTotalAsync(string url, int total)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            if ((await host.GetJsonAsync(url))["total"]!.GetValue<int>() == total)
            {
                return clock.Elapsed;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"{url} did not reach total {total}");
    }

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
        var appeared = await WaitForTotalAsync($"/api/search?q={marker}", 1);
        Assert.Equal("published", (await host.GetJsonAsync($"/api/resources/{id}"))["status"]!.GetValue<string>());

        await publisher.WithdrawAsync(id, default);
        var disappeared = await WaitForTotalAsync($"/api/search?q={marker}", 0);
        using var gone = await host.Client.GetAsync($"/api/resources/{id}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);

        // Latency is measured here for the record (docs/benchmarks.md), not asserted: timing belongs to benchmarks.
        output.WriteLine($"searchable after {appeared.TotalMilliseconds:F0} ms, gone after {disappeared.TotalMilliseconds:F0} ms");
    }
}
