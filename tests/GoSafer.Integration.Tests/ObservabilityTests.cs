using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GoSafer.Hub.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GoSafer.Integration.Tests;

/// <summary>The local host with its logs captured and its OpenTelemetry exported to memory.</summary>
public sealed class ObservedHubHost : HubHost
{
    private readonly List<Activity> _spans = [];
    private readonly List<Metric> _metrics = [];

    public CapturedLogs Logs { get; } = new();

    protected override void Configure(WebApplicationBuilder builder)
    {
        builder.Logging.AddProvider(Logs);
        builder.Services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(_spans));
        builder.Services.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(_metrics));
    }

    /// <summary>The spans of one trace (the exporter sees every host in this process).</summary>
    public IReadOnlyList<Activity> SpansOf(ActivityTraceId trace)
    {
        Services.GetRequiredService<TracerProvider>().ForceFlush();
        lock (_spans)
        {
            return _spans.Where(s => s.TraceId == trace).ToList();
        }
    }

    /// <summary>Every exported metric point as (instrument, tags).</summary>
    public IReadOnlyList<(string Name, Dictionary<string, string> Tags)> MetricPoints()
    {
        Services.GetRequiredService<MeterProvider>().ForceFlush();
        var points = new List<(string, Dictionary<string, string>)>();
        lock (_metrics)
        {
            foreach (var metric in _metrics)
            {
                foreach (ref readonly var point in metric.GetMetricPoints())
                {
                    var tags = new Dictionary<string, string>();
                    foreach (var tag in point.Tags)
                    {
                        tags[tag.Key] = tag.Value?.ToString() ?? "";
                    }

                    points.Add((metric.Name, tags));
                }
            }
        }

        return points;
    }
}

[CollectionDefinition(Name)]
public sealed class ObservedHubHostCollection : ICollectionFixture<ObservedHubHost>
{
    public const string Name = "Observed host";
}

/// <summary>Logs, traces and metrics of submissions: the expected names, and no personal data anywhere.</summary>
[Collection(ObservedHubHostCollection.Name)]
public sealed class ObservabilityTests(ObservedHubHost host)
{
    private static string Marker() => "pii" + Guid.NewGuid().ToString("N")[..12];

    private async Task<HttpStatusCode> PostAsync(string path, JsonObject body, string? key = null, ActivityTraceId? trace = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        if (trace is { } id)
        {
            request.Headers.Add("traceparent", $"00-{id}-{ActivitySpanId.CreateRandom()}-01");
        }

        using var response = await host.Client.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task Logs_of_accepted_refused_and_repeated_submissions_hold_no_personal_data()
    {
        var marker = Marker();
        var key = Guid.NewGuid().ToString();
        var invalid = Samples.Nomination(marker);
        invalid["nominee"]!["email"] = $"not-an-email-{marker}";
        var different = Samples.Nomination(marker);
        different["statement"] = $"Another statement by {marker} that is long enough to be a valid statement.";

        Assert.Equal(HttpStatusCode.Accepted, await PostAsync("/api/resources", Samples.Resource(marker)));
        Assert.Equal(HttpStatusCode.Accepted, await PostAsync("/api/nominations", Samples.Nomination(marker), key));
        Assert.Equal(HttpStatusCode.Accepted, await PostAsync("/api/nominations", Samples.Nomination(marker), key));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, await PostAsync("/api/nominations", different, key));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync("/api/nominations", invalid));

        var entries = host.Logs.Entries.ToList();
        Assert.Contains(entries, e => e.Contains("Accepted nomination submission", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains(marker, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_submission_is_traced_and_counted_with_no_personal_data_in_tags()
    {
        var marker = Marker();
        var trace = ActivityTraceId.CreateRandom();

        Assert.Equal(HttpStatusCode.Accepted, await PostAsync("/api/nominations", Samples.Nomination(marker), Guid.NewGuid().ToString(), trace));

        var spans = host.SpansOf(trace);
        var intake = Assert.Single(spans, s => s.OperationName == "intake nomination");
        Assert.Equal(("accepted", "first"), (intake.GetTagItem(HubTelemetry.Tags.Outcome), intake.GetTagItem(HubTelemetry.Tags.Idempotency)));
        Assert.Contains(spans, s => s.DisplayName == "storage put" && (string?)s.GetTagItem(HubTelemetry.Tags.Area) == "submissions" && s.ParentSpanId == intake.SpanId);
        Assert.Contains(spans, s => s.DisplayName == "storage put" && (string?)s.GetTagItem(HubTelemetry.Tags.Area) == "idempotency");
        Assert.Contains(spans, s => s.Kind == ActivityKind.Server && s.Source.Name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(spans.SelectMany(s => s.TagObjects), t => $"{t.Value}".Contains(marker, StringComparison.OrdinalIgnoreCase));

        var points = host.MetricPoints();
        Assert.Contains(points, p => p.Name == "gosafer.intake.submissions"
                                     && p.Tags.GetValueOrDefault(HubTelemetry.Tags.Kind) == "nomination"
                                     && p.Tags.GetValueOrDefault(HubTelemetry.Tags.Outcome) == "accepted");
        Assert.Contains(points, p => p.Name == "gosafer.storage.operations" && p.Tags.GetValueOrDefault(HubTelemetry.Tags.Area) == "submissions");
        Assert.Contains(points, p => p.Name == "gosafer.storage.duration");
        Assert.DoesNotContain(points.SelectMany(p => p.Tags.Values), v => v.Contains(marker, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_publication_sends_an_index_request_that_is_traced_and_counted()
    {
        using var submitted = await host.Client.PostAsJsonAsync("/api/resources", Samples.Resource());
        var id = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var trace = ActivityTraceId.CreateRandom();
        using var approve = HubHost.As("rita", HttpMethod.Post, $"/api/review/resources/{id}/decisions",
            JsonContent.Create(new { decision = "approve", reason = "Sound and evidence-informed." }));
        approve.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        using var decided = await host.Client.SendAsync(approve);

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var send = Assert.Single(host.SpansOf(trace), s => s.OperationName == "queue send");
        Assert.Equal(("ok", ActivityKind.Producer), (send.GetTagItem(HubTelemetry.Tags.Outcome), send.Kind));
        Assert.Contains(host.MetricPoints(), p => p.Name == "gosafer.queue.messages" && p.Tags.GetValueOrDefault(HubTelemetry.Tags.Outcome) == "ok");
    }
}
