using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GoSafer.Hub.Storage;
using GoSafer.Hub.Telemetry;
using GoSafer.Testing;
using Xunit.Abstractions;

namespace GoSafer.Integration.Tests;

/// <summary>One Azurite process and two hosts on it: one tuned for an outage, one with injected faults.</summary>
public sealed class StorageFaultFixture : IAsyncLifetime
{
    public AzuriteFixture Azurite { get; } = new();

    /// <summary>
    /// A quick breaker, so an outage turns into 503s within a second or two, and attempt timeouts
    /// long enough for Azurite to drain a burst of a thousand requests on two busy cores.
    /// </summary>
    public AzuriteHubHost Outage { get; private set; } = null!;

    /// <summary>Three attempts in ten fail before reaching Azurite (Polly's chaos fault strategy).</summary>
    public AzuriteHubHost Chaos { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Azurite.InitializeAsync();
        Outage = new AzuriteHubHost(Azurite, "outage",
        [
            "--GoSafer:Resilience:Blob:MaxRetries=3",
            "--GoSafer:Resilience:Blob:BaseDelayMs=100",
            "--GoSafer:Resilience:Blob:TimeoutSeconds=10",
            "--GoSafer:Resilience:Blob:TotalTimeoutSeconds=25",
            "--GoSafer:Resilience:Blob:BreakerMinimumThroughput=20",
            "--GoSafer:Resilience:Blob:BreakerSamplingSeconds=5",
            "--GoSafer:Resilience:Blob:BreakDurationSeconds=1",
            "--GoSafer:Intake:UnavailableRetryAfterSeconds=1",
        ]);
        Chaos = new AzuriteHubHost(Azurite, "chaos",
        [
            "--GoSafer:Resilience:Blob:ChaosFaultRate=0.3",
            "--GoSafer:Resilience:Blob:MaxRetries=10",
            "--GoSafer:Resilience:Blob:BaseDelayMs=1",
            "--GoSafer:Resilience:Blob:BreakerFailureRatio=1",
            "--GoSafer:Resilience:Blob:BreakerMinimumThroughput=1000",
        ]);
        await Outage.InitializeAsync();
        await Chaos.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Chaos.DisposeAsync();
        await Outage.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class StorageFaultCollection : ICollectionFixture<StorageFaultFixture>
{
    public const string Name = "Storage faults (Azurite)";
}

/// <summary>
/// The local host on Azure Blob storage (Azurite) under faults: nothing answered 202 is lost or
/// stored twice, everything else is a 503 with Retry-After, and retries with the same
/// Idempotency-Key land exactly once.
/// </summary>
[Collection(StorageFaultCollection.Name)]
public sealed class StorageFaultTests(StorageFaultFixture fixture, ITestOutputHelper output)
{
    private const int Submissions = 1000;

    private sealed record Submission(string Path, JsonObject Body, string Key, string Marker);

    private sealed record Answer(HttpStatusCode Status, string Body, string? RetryAfter, string? MediaType);

    private static Submission[] NewSubmissions(int count, string run) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var marker = $"{run}n{i:D4}";
            return i % 2 == 0
                ? new Submission("/api/resources", Samples.Resource(marker), Guid.NewGuid().ToString(), marker)
                : new Submission("/api/nominations", Samples.Nomination(marker), Guid.NewGuid().ToString(), marker);
        }).ToArray();

    /// <summary>A client with a bound on every request: a hang fails the test instead of stalling it.</summary>
    private static HttpClient ClientFor(HubHost host) => new() { BaseAddress = host.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(90) };

    private static async Task<Answer> SendAsync(HttpClient client, Submission submission)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, submission.Path) { Content = JsonContent.Create(submission.Body) };
        request.Headers.Add("Idempotency-Key", submission.Key);
        using var response = await client.SendAsync(request);
        return new Answer(
            response.StatusCode,
            await response.Content.ReadAsStringAsync(),
            response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Each stored submission whose contact fields hold one of the markers, counted per marker.</summary>
    private static Dictionary<string, int> CountByMarker(IEnumerable<string> stored, IEnumerable<Submission> submissions)
    {
        var counts = submissions.ToDictionary(s => s.Marker, _ => 0);
        foreach (var json in stored)
        {
            var record = JsonNode.Parse(json)!;
            var version = record["versions"]![0]!;
            var email = (version["resource"]?["contact"]?["email"] ?? version["nomination"]!["nominee"]!["email"])!.GetValue<string>();
            var marker = email[(email.IndexOf('@', StringComparison.Ordinal) - 10)..email.IndexOf('@', StringComparison.Ordinal)];
            counts[marker] = counts.GetValueOrDefault(marker) + 1;
        }

        return counts;
    }

    [Fact]
    public async Task A_thousand_concurrent_submissions_through_an_outage_lose_nothing_and_land_once_after_retries()
    {
        var host = fixture.Outage;
        var run = Guid.NewGuid().ToString("N")[..5];
        var submissions = NewSubmissions(Submissions, run);
        using var client = ClientFor(host);
        using var transitions = new MetricRecorder(HubTelemetry.Name, "gosafer.dependency.circuit_transitions", HubTelemetry.Tags.State);

        // The outage starts once a hundred answers are in, so it hits requests in every stage; the
        // second half is sent while storage is down, so the outage is met however fast the first
        // half drains on a quiet machine.
        var answered = 0;
        var outageDue = new TaskCompletionSource();
        var outageStarted = new TaskCompletionSource();
        var half = Submissions / 2;
        var firstRound = Task.WhenAll(submissions.Select(async (s, i) =>
        {
            if (i >= half)
            {
                await outageStarted.Task;
            }

            var answer = await SendAsync(client, s);
            if (Interlocked.Increment(ref answered) == 100)
            {
                outageDue.TrySetResult();
            }

            return answer;
        }));
        await outageDue.Task;
        await fixture.Azurite.StopGracefullyAsync();
        outageStarted.SetResult();
        await Task.Delay(TimeSpan.FromSeconds(3));
        await fixture.Azurite.StartAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var first = await firstRound;
        output.WriteLine($"first round done {clock.Elapsed}");

        Assert.True(first.All(a => a.Status is HttpStatusCode.Accepted or HttpStatusCode.ServiceUnavailable),
            string.Join('\n', host.Logs.Entries.Where(e => e.StartsWith("Error Microsoft", StringComparison.Ordinal)).Take(2)));
        var unavailable = first.Where(a => a.Status == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(unavailable);
        Assert.All(unavailable, a => Assert.True(
            a.RetryAfter is not null && double.Parse(a.RetryAfter, System.Globalization.CultureInfo.InvariantCulture) >= 1 && a.MediaType == "application/problem+json",
            $"a 503 without Retry-After or problem details: {a.RetryAfter} {a.MediaType}"));
        Assert.True(transitions["open"] >= 1, "the breaker never opened during the outage");

        // Every 202 of the first round is stored by now, whatever happened after it.
        var acceptedFirst = submissions.Zip(first).Where(p => p.Second.Status == HttpStatusCode.Accepted).ToList();
        var storedAfterOutage = (await host.StoredSubmissionsAsync()).Values.ToList();
        var countsAfterOutage = CountByMarker(storedAfterOutage, submissions);
        Assert.All(acceptedFirst, p => Assert.Equal(1, countsAfterOutage[p.First.Marker]));

        // The client retries each 503 with its key, honouring Retry-After (bounded rounds).
        var final = submissions.Zip(first).ToDictionary(p => p.First, p => p.Second);
        for (var round = 0; round < 30 && final.Values.Any(a => a.Status != HttpStatusCode.Accepted); round++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            // A well-behaved client retries at a bounded concurrency rather than all at once.
            var pending = final.Where(p => p.Value.Status != HttpStatusCode.Accepted).Select(p => p.Key).ToList();
            using var slots = new SemaphoreSlim(32);
            var answers = await Task.WhenAll(pending.Select(async s =>
            {
                await slots.WaitAsync();
                try
                {
                    return await SendAsync(client, s);
                }
                finally
                {
                    slots.Release();
                }
            }));
            foreach (var (submission, answer) in pending.Zip(answers))
            {
                Assert.Contains(answer.Status, new[] { HttpStatusCode.Accepted, HttpStatusCode.ServiceUnavailable });
                final[submission] = answer;
            }
        }

        output.WriteLine($"retries done {clock.Elapsed}; {unavailable.Count} first-round 503s");
        Assert.All(final.Values, a => Assert.Equal(HttpStatusCode.Accepted, a.Status));
        var replays = await Task.WhenAll(acceptedFirst.Take(50).Select(p => SendAsync(client, p.First)));
        Assert.Equal(acceptedFirst.Take(50).Select(p => p.Second.Body), replays.Select(r => r.Body));

        var stored = await host.StoredSubmissionsAsync();
        Assert.Equal(Submissions, stored.Count);
        Assert.All(CountByMarker(stored.Values, submissions), c => Assert.Equal(1, c.Value));
        var ids = final.Values.Select(a => JsonNode.Parse(a.Body)!["id"]!.GetValue<string>()).ToHashSet();
        Assert.Equal(ids.Order(), stored.Keys.Select(k => k["submissions/".Length..^".json".Length]).Order());
        Assert.True(transitions["closed"] >= 1, "the breaker never closed after Azurite came back");
    }

    [Fact]
    public async Task Injected_transient_faults_are_absorbed_by_retries_and_every_submission_lands_once()
    {
        var host = fixture.Chaos;
        var run = Guid.NewGuid().ToString("N")[..5];
        var submissions = NewSubmissions(60, run);
        using var client = ClientFor(host);
        using var retries = new MetricRecorder(HubTelemetry.Name, "gosafer.dependency.retries", HubTelemetry.Tags.Dependency);

        var answers = await Task.WhenAll(submissions.Select(s => SendAsync(client, s)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.Status));
        Assert.True(retries[Dependencies.Blob] > 0, "no fault was injected, so nothing was proven");
        var counts = CountByMarker((await host.StoredSubmissionsAsync()).Values, submissions);
        Assert.All(submissions, s => Assert.Equal(1, counts[s.Marker]));
    }
}
