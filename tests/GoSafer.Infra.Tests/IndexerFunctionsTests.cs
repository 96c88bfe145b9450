using System.Text.RegularExpressions;
using GoSafer.Infra.Tests.Bicep;
using GoSafer.Testing;

namespace GoSafer.Infra.Tests;

/// <summary>
/// The api app must not run a function that writes the index: every queue- or timer-triggered
/// function of functions/GoSafer.Functions is disabled there (and runs in the indexer app).
/// </summary>
[Collection(InfraSnapshots.Collection)]
public sealed partial class IndexerFunctionsTests(InfraSnapshots snapshots)
{
    [Fact]
    public void Every_queue_or_timer_function_is_disabled_on_the_api_app_and_enabled_on_the_indexer()
    {
        var project = RepositoryPaths.Combine("functions", "GoSafer.Functions");
        var triggered = Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(project, file).Split(Path.DirectorySeparatorChar)[0].Equals("obj", StringComparison.Ordinal)
                && !Path.GetRelativePath(project, file).Split(Path.DirectorySeparatorChar)[0].Equals("bin", StringComparison.Ordinal))
            .SelectMany(file => NonHttpFunction().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value))
            .ToList();
        var api = AppSettings("api");
        var indexer = AppSettings("indexer");

        Assert.All(triggered, name =>
        {
            Assert.Equal("true", api.GetValueOrDefault($"AzureWebJobs.{name}.Disabled"));
            Assert.False(indexer.ContainsKey($"AzureWebJobs.{name}.Disabled"), $"{name} is disabled on the indexer");
        });
    }

    [Fact]
    public void The_function_scan_finds_queue_and_timer_triggers()
    {
        // Guards the scan above against matching nothing.
        const string sample = """
            [Function("IndexRequest")]
            public Task IndexRequest([QueueTrigger(QueueName)] QueueMessage message, CancellationToken cancellationToken) =>
            [Function("Search")]
            public Task<IActionResult> Search([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "search")] HttpRequest request) =>
            [Function("NightlyMaintenance")]
            public async Task Nightly([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
            """;

        Assert.Equal(["IndexRequest", "NightlyMaintenance"], NonHttpFunction().Matches(sample).Select(m => m.Groups["name"].Value));
    }

    private Dictionary<string, string?> AppSettings(string app)
    {
        var site = (string)snapshots.Dev.OfType("Microsoft.Web/sites").Single(s => (string?)s["tags"]!["gosafer-role"] == app)["name"]!;
        return snapshots.Dev.OfType("Microsoft.Web/sites/config").Single(c => (string?)c["name"] == site + "/appsettings")["properties"]!
            .AsObject().ToDictionary(p => p.Key, p => (string?)p.Value);
    }

    [GeneratedRegex(@"\[Function\(""(?<name>[^""]+)""\)\]\s*public[^\[]*\(\s*\[(?:QueueTrigger|TimerTrigger|BlobTrigger)", RegexOptions.CultureInvariant)]
    private static partial Regex NonHttpFunction();
}
