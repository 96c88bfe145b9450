using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using GoSafer.Hub.Publishing;
using GoSafer.Testing;
using GoSafer.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GoSafer.Browser.Tests;

/// <summary>
/// One local host (real Kestrel on a loopback port, demo corpus seeded) and one headless Debian
/// Chromium, shared by every browser test; each test opens its own browser context.
/// </summary>
public sealed class BrowserHub : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    /// <summary>Board members configured on this host (only the keys' hashes reach its configuration).</summary>
    public static IReadOnlyList<(string Name, string Role, string Key)> BoardKeys { get; } =
    [
        ("rita", "reviewer", "browser-test-reviewer-key"),
        ("ruben", "reviewer", "browser-test-second-reviewer-key"),
        ("ada", "admin", "browser-test-admin-key"),
    ];

    public static string KeyOf(string name) => BoardKeys.Single(k => k.Name == name).Key;

    private readonly TempFolder _data = new("gosafer-browser");
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public static string AxeScriptPath => RepositoryPaths.Combine("tests", "browser", "node_modules", "axe-core", "axe.min.js");

    public static string ScreenshotFolder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("GOSAFER_SCREENSHOTS") is { Length: > 0 } configured
                ? configured
                : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium (tests/run.sh does it).");
        }

        // Chromium starts while the host seeds and indexes the demo corpus.
        var browserStarting = StartBrowserAsync();
        var port = FreePort.Next();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        // Every test submits from 127.0.0.1: the per-client intake limit is lifted for this host.
        var keys = BoardKeys.SelectMany((k, i) => new[]
        {
            $"--GoSafer:Auth:Keys:{i}:Name={k.Name}",
            $"--GoSafer:Auth:Keys:{i}:Role={k.Role}",
            $"--GoSafer:Auth:Keys:{i}:Sha256={Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(k.Key)))}",
        });
        _app = WebHub.Build([
            $"--urls=http://127.0.0.1:{port}", $"--GoSafer:DataPath={_data.Path}",
            "--GoSafer:Intake:RateLimitPermits=100000", "--Logging:LogLevel:Default=Warning",
            .. keys,
        ]);
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = BaseAddress };
        await WaitForSearchTotalAsync("api/search?pageSize=1", total => total >= 70);

        Browser = await browserStarting;
    }

    private async Task<IBrowser> StartBrowserAsync()
    {
        _playwright = await Playwright.CreateAsync();
        return await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context and page. BypassCSP only for injecting axe-core.</summary>
    public async Task<BrowserSession> OpenAsync(int width = 1280, int height = 800, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
            BypassCSP = bypassCsp,
        });
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page);
    }

    public string Url(string relative) => new Uri(BaseAddress, relative).ToString();

    /// <summary>Submits a resource through the API and returns the 202 body.</summary>
    public Task<JsonObject> SubmitAsync(object resource) => SubmitAsync("api/resources", resource);

    /// <summary>Submits to an intake route (resources or nominations) and returns the 202 body.</summary>
    public async Task<JsonObject> SubmitAsync(string route, object submission)
    {
        using var response = await Client.PostAsJsonAsync(route, submission);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.IsSuccessStatusCode, body?.ToJsonString());
        return body!;
    }

    /// <summary>Submits through the API, publishes through the host's DI and waits until search finds it.</summary>
    public async Task<string> SubmitAndPublishAsync(object resource, string searchWord)
    {
        var id = (await SubmitAsync(resource))["id"]!.GetValue<string>();
        await Services.GetRequiredService<ResourcePublisher>().PublishAsync(id, CancellationToken.None);
        await WaitForSearchTotalAsync($"api/search?pageSize=1&q={Uri.EscapeDataString(searchWord)}", total => total >= 1);
        return id;
    }

    /// <summary>A board decision on a resource submission, through the review API.</summary>
    public Task DecideAsync(string id, string decision, string reason) => DecideAsync("rita", "resources", id, decision, reason);

    /// <summary>A decision by the board member <paramref name="reviewer"/> on a resource or nomination, through the review API.</summary>
    public async Task DecideAsync(string reviewer, string queue, string id, string decision, string reason)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/review/{queue}/{id}/decisions")
        {
            Content = JsonContent.Create(new { decision, reason }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", KeyOf(reviewer));
        using var response = await Client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task WaitForSearchTotalAsync(string url, Func<int, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var body = await Client.GetFromJsonAsync<JsonObject>(url);
            if (until(body!["total"]!.GetValue<int>()))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{url} never satisfied the condition: {body.ToJsonString()}");
            }

            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _data.Dispose();
    }
}

/// <summary>A browser context with one page, closed on dispose.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    public ValueTask DisposeAsync() => new(Context.CloseAsync());
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHub>
{
    public const string Name = "Browser against the local host";
}
