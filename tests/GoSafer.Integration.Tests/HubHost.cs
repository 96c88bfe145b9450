using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GoSafer.Testing;
using GoSafer.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace GoSafer.Integration.Tests;

/// <summary>The local host on a loopback port (real Kestrel, real HTTP) with its own data folder.</summary>
public class HubHost : IAsyncLifetime
{
    private readonly TempFolder _data = new("gosafer-host");
    private WebApplication? _app;

    /// <summary>Board members configured on this host (only hashes reach the configuration).</summary>
    public static IReadOnlyList<(string Name, string Role, string Key)> BoardKeys { get; } =
    [
        ("rita", "reviewer", "rita-secret-key-1"),
        ("ruben", "reviewer", "ruben-secret-key-2"),
        ("ada", "admin", "ada-secret-key-3"),
    ];

    public HttpClient Client { get; private set; } = null!;

    /// <summary>A request signed in as the board member <paramref name="name"/>.</summary>
    public static HttpRequestMessage As(string name, HttpMethod method, string url, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("ApiKey", BoardKeys.Single(k => k.Name == name).Key);
        return request;
    }

    public IServiceProvider Services => _app!.Services;

    public string DataPath => _data.Path;

    public string SubmissionsPath => Path.Combine(_data.Path, "records", "submissions");

    /// <summary>
    /// The shared host lifts the per-client intake limit: every test here submits from 127.0.0.1.
    /// </summary>
    protected virtual IEnumerable<string> ExtraArgs => ["--GoSafer:Intake:RateLimitPermits=100000"];

    /// <summary>Services a derived host adds (log capture, in-memory exporters).</summary>
    protected virtual void Configure(WebApplicationBuilder builder)
    {
    }

    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        var keys = BoardKeys.SelectMany((k, i) => new[]
        {
            $"--GoSafer:Auth:Keys:{i}:Name={k.Name}",
            $"--GoSafer:Auth:Keys:{i}:Role={k.Role}",
            $"--GoSafer:Auth:Keys:{i}:Sha256={Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(k.Key)))}",
        });
        _app = WebHub.Build([$"--urls=http://127.0.0.1:{port}", $"--GoSafer:DataPath={_data.Path}", .. keys, .. ExtraArgs], Configure);
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    /// <summary>Every stored submission file with its content, to prove a refused request stored nothing.</summary>
    public IReadOnlyDictionary<string, string> StoredSubmissions() =>
        Directory.Exists(SubmissionsPath)
            ? Directory.EnumerateFiles(SubmissionsPath, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText)
            : new Dictionary<string, string>();

    public async Task<JsonObject> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>
    /// Polls a search until its total satisfies <paramref name="until"/>: index updates are
    /// applied in the background. Returns the last answer and how long it took.
    /// </summary>
    public async Task<(JsonObject Body, TimeSpan Elapsed)> WaitForSearchAsync(string url, Func<int, bool> until)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var body = await GetJsonAsync(url);
            if (until(body["total"]!.GetValue<int>()) || clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                return (body, clock.Elapsed);
            }

            await Task.Delay(20);
        }
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _data.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class HubHostCollection : ICollectionFixture<HubHost>
{
    public const string Name = "Local host";
}
