using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GoSafer.Testing;

namespace GoSafer.LoadRun;

/// <summary>
/// Each worker loops: four searches (free text, facets, paging) and one submission (a resource or a
/// nomination with an Idempotency-Key), recording every latency. Any answer other than 200 / 202
/// is an error.
/// </summary>
public sealed class MixedTraffic(HttpClient client)
{
    private static readonly string[] Queries =
    [
        "/api/search?q=grooming",
        "/api/search?q=sextortion&harm=ocsea/sextortion",
        "/api/search?q=school+lesson&audience=educators",
        "/api/search?lang=fr",
        "/api/search?q=parents&page=2",
        "/api/search?q=online+safety&evidence=evaluated-promising",
        "/api/search?q=консультации",
        "/api/search?q=",
    ];

    private readonly ConcurrentBag<double> _search = [];
    private readonly ConcurrentBag<double> _submit = [];
    private readonly ConcurrentDictionary<string, int> _errorKinds = new();
    private int _errors;

    public int Errors => _errors;

    public async Task WarmUpAsync()
    {
        foreach (var query in Queries)
        {
            using var response = await client.GetAsync(query);
        }
    }

    public async Task RunWorkerAsync(int worker, Func<bool> goOn)
    {
        var random = new Random(worker);
        for (var n = 0; goOn(); n++)
        {
            if (n % 5 == 4)
            {
                await TimeAsync(_submit, () => SubmitAsync(n % 10 == 9), HttpStatusCode.Accepted);
            }
            else
            {
                await TimeAsync(_search, () => client.GetAsync(Queries[random.Next(Queries.Length)]), HttpStatusCode.OK);
            }
        }
    }

    private async Task TimeAsync(ConcurrentBag<double> latencies, Func<Task<HttpResponseMessage>> send, HttpStatusCode expected)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await send();
            await response.Content.ReadAsByteArrayAsync();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (response.StatusCode != expected)
            {
                Fail(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
            }
        }
        catch (HttpRequestException e)
        {
            Fail(e.GetType().Name);
        }
        catch (TaskCanceledException)
        {
            Fail("timeout");
        }
    }

    private void Fail(string kind)
    {
        Interlocked.Increment(ref _errors);
        _errorKinds.AddOrUpdate(kind, 1, (_, c) => c + 1);
    }

    private Task<HttpResponseMessage> SubmitAsync(bool nomination)
    {
        var unique = Guid.NewGuid().ToString("N");
        var body = nomination
            ? SampleSubmissions.Nomination(unique)
            : SampleSubmissions.Resource($"Load run lesson {unique[..8]}", SampleSubmissions.Description, "Load Run Schools", unique);
        var request = new HttpRequestMessage(HttpMethod.Post, nomination ? "/api/nominations" : "/api/resources")
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Add("Idempotency-Key", unique);
        return client.SendAsync(request);
    }

    public string Report(TimeSpan elapsed)
    {
        var text = new StringBuilder();
        var total = _search.Count + _submit.Count;
        text.AppendLine(CultureInfo.InvariantCulture, $"requests: {total} in {elapsed.TotalSeconds:F1} s = {total / elapsed.TotalSeconds:F0} req/s; errors: {_errors}");
        foreach (var (name, latencies) in new[] { ("search", _search), ("submission", _submit), ("all", new ConcurrentBag<double>(_search.Concat(_submit))) })
        {
            var sorted = latencies.Order().ToArray();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{name,-10} n={sorted.Length,7}  p50={Percentile(sorted, 0.50),7:F2} ms  p99={Percentile(sorted, 0.99),7:F2} ms  max={(sorted.Length > 0 ? sorted[^1] : 0),8:F2} ms");
        }

        foreach (var (kind, count) in _errorKinds)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"error {kind}: {count}");
        }

        return text.ToString();
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
