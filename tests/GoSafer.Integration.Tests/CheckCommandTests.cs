using GoSafer.Indexer.Index;
using GoSafer.Indexer.Taxonomy;
using GoSafer.Testing;
using GoSafer.Web.Hosting;

namespace GoSafer.Integration.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public async Task Check_reports_drift_and_repairs_it_only_when_asked()
    {
        using var data = new TempFolder("gosafer-check");
        var args = new[] { $"--GoSafer:DataPath={data.Path}", $"--urls=http://127.0.0.1:{FreePort.Next()}" };

        // A first start seeds and indexes the demo corpus; then one published record disappears behind the index's back.
        await using (var app = WebHub.Build(args))
        {
            await app.StartAsync();
            await app.StopAsync();
        }

        var published = Directory.EnumerateFiles(Path.Combine(data.Path, "records", "published")).Order(StringComparer.Ordinal).ToList();
        File.Delete(published[0]);

        var found = new StringWriter();
        Assert.Equal(1, await CheckCommand.RunAsync(args, found));
        Assert.Contains("69 stored, 70 indexed; 0 missing, 1 stale, 0 changed", found.ToString());
        Assert.Contains("--repair", found.ToString());

        var repaired = new StringWriter();
        Assert.Equal(0, await CheckCommand.RunAsync([.. args, CheckCommand.RepairFlag], repaired));
        Assert.Contains("Repaired", repaired.ToString());

        // The repair also merges the index, the stale document's deletion included, into one segment.
        using (var index = LuceneIndexStore.OpenFolder(Path.Combine(data.Path, "index"), TaxonomyLoader.LoadEmbedded()))
        {
            Assert.True(index.IsCompact);
        }

        var clean = new StringWriter();
        Assert.Equal(0, await CheckCommand.RunAsync(args, clean));
        Assert.Contains("69 stored, 69 indexed; 0 missing, 0 stale, 0 changed", clean.ToString());
        Assert.Contains("in step", clean.ToString());
    }
}
