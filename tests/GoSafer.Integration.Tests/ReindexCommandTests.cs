using GoSafer.Testing;
using GoSafer.Web.Hosting;

namespace GoSafer.Integration.Tests;

public sealed class ReindexCommandTests
{
    [Fact]
    public async Task Reindex_rebuilds_a_lost_index_from_the_stored_records_with_a_summary()
    {
        using var data = new TempFolder("gosafer-reindex");
        var args = new[] { $"--GoSafer:DataPath={data.Path}", $"--urls=http://127.0.0.1:{FreePort.Next()}" };

        // A first start seeds the demo corpus; then the index is lost.
        await using (var app = WebHub.Build(args))
        {
            await app.StartAsync();
            await app.StopAsync();
        }

        Directory.Delete(Path.Combine(data.Path, "index"), recursive: true);
        var output = new StringWriter();
        Assert.Equal(0, await ReindexCommand.RunAsync(args, output));
        Assert.Contains("Done: 70 resources", output.ToString());
        Assert.Contains("70 searchable", output.ToString());
    }

    [Fact]
    public async Task Reindex_refuses_to_run_beside_a_hub_serving_the_same_data()
    {
        using var data = new TempFolder("gosafer-reindex");
        var args = new[] { $"--GoSafer:DataPath={data.Path}", $"--urls=http://127.0.0.1:{FreePort.Next()}" };
        await using var app = WebHub.Build(args);
        await app.StartAsync();

        var output = new StringWriter();
        Assert.Equal(2, await ReindexCommand.RunAsync(args, output));
        Assert.Contains("stop the running hub first", output.ToString());
        await app.StopAsync();
    }
}
