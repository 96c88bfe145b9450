using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GoSafer.Benchmarks.Measurement;
using GoSafer.Hub.Publishing;
using GoSafer.Testing;
using GoSafer.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GoSafer.Benchmarks.LiveUpdates;

/// <summary>
/// <c>--live-updates N [--out FILE.json]</c>: the local host as a newcomer runs it (Kestrel,
/// embedded storage, the demo catalog, the in-process indexing worker), in a temporary data
/// folder. N resources are submitted over HTTP; each is then published (the step a board decision
/// ends with) and the clock runs from the publication's start until a search over HTTP first finds
/// it; then the same for its withdrawal until the search no longer finds it. Searches are sent one
/// after another as fast as the host answers, so the figure includes one search's time at most.
/// </summary>
internal static class LiveUpdateRun
{
    public static int Execute(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 50;
        var outIndex = Array.IndexOf(args, "--out");
        var output = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : "live-updates.json";
        return RunAsync(count, output).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int count, string output)
    {
        var data = Path.Combine(Path.GetTempPath(), $"gosafer-live-{Environment.ProcessId}");
        var port = FreePort.Next();
        // Intake allows 20 submissions per client per window by default; this run sends more.
        await using var app = WebHub.Build(
        [
            $"--GoSafer:DataPath={data}", $"--urls=http://127.0.0.1:{port}", "--Logging:LogLevel:Default=Warning",
            $"--GoSafer:Intake:RateLimitPermits={count + 10}",
        ]);
        try
        {
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var publisher = app.Services.GetRequiredService<ResourcePublisher>();

            // Warm-up: the first search and publication pay for JIT and the first reader.
            await MeasureAsync(client, publisher, "warmup");
            var published = new double[count];
            var withdrawn = new double[count];
            for (var i = 0; i < count; i++)
            {
                (published[i], withdrawn[i]) = await MeasureAsync(client, publisher, $"livebench{i:D4}");
                Console.Error.Write($"\r[live] {i + 1} of {count}");
            }

            Console.Error.WriteLine();
            var report = new LiveUpdateReport(count, Figures(published), Figures(withdrawn), Environment.ProcessorCount, LoadAverage());
            await File.WriteAllTextAsync(output, JsonSerializer.Serialize(report, EngineRun.Json));
            Console.Out.WriteLine($"published → found by search: p50 {report.Published.P50Ms:F0} ms, p95 {report.Published.P95Ms:F0} ms, max {report.Published.MaxMs:F0} ms");
            Console.Out.WriteLine($"withdrawn → gone from search: p50 {report.Withdrawn.P50Ms:F0} ms, p95 {report.Withdrawn.P95Ms:F0} ms, max {report.Withdrawn.MaxMs:F0} ms");
            Console.Out.WriteLine($"{count} resources; load average {report.LoadAverage}; figures written to {output}");
            return 0;
        }
        finally
        {
            await app.StopAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<(double Published, double Withdrawn)> MeasureAsync(HttpClient client, ResourcePublisher publisher, string marker)
    {
        using var submitted = await client.PostAsJsonAsync("/api/resources", SampleSubmissions.Resource(
            $"Live update {marker}", $"{SampleSubmissions.Description} ({marker})", "Benchmark Safe Schools", $"{marker}-{Guid.NewGuid():N}"));
        submitted.EnsureSuccessStatusCode();
        var submissionId = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var started = Stopwatch.GetTimestamp();
        var resource = await publisher.PublishAsync(submissionId, default);
        await UntilAsync(client, marker, total => total == 1);
        var published = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        started = Stopwatch.GetTimestamp();
        await publisher.WithdrawAsync(resource.Id, default);
        await UntilAsync(client, marker, total => total == 0);
        return (published, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private static async Task UntilAsync(HttpClient client, string marker, Func<int, bool> done)
    {
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 30;
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var answer = await client.GetFromJsonAsync<JsonObject>($"/api/search?q={marker}");
            if (done(answer!["total"]!.GetValue<int>()))
            {
                return;
            }
        }

        throw new TimeoutException($"The search for {marker} did not change within 30 s.");
    }

    private static LatencyFigures Figures(double[] milliseconds)
    {
        var latencies = new Latencies(milliseconds);
        return new LatencyFigures(latencies.Percentile(50), latencies.Percentile(95), latencies.Max, latencies.Mean);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private sealed record LatencyFigures(double P50Ms, double P95Ms, double MaxMs, double MeanMs);

    private sealed record LiveUpdateReport(int Resources, LatencyFigures Published, LatencyFigures Withdrawn, int Cores, string LoadAverage);
}
