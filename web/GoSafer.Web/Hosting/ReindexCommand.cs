using System.Diagnostics;
using GoSafer.Hub.Configuration;
using GoSafer.Hub.Indexing;

namespace GoSafer.Web.Hosting;

/// <summary>
/// Rebuilds the catalog index from the stored published records, with a progress line and a
/// summary. It takes the index write lock, so it refuses to run beside a hub that serves the
/// same data path.
/// </summary>
public static class ReindexCommand
{
    public const string Name = "reindex";

    public static Task<int> RunAsync(string[] args, TextWriter output) =>
        OfflineHub.RunAsync(args, output, (services, options) => RebuildAsync(services.GetRequiredService<CatalogIndex>(), options, output));

    private static async Task<int> RebuildAsync(CatalogIndex index, HubOptions options, TextWriter output)
    {
        await output.WriteLineAsync($"Rebuilding the index at {Path.GetFullPath(options.IndexPath)} from {Path.GetFullPath(options.DataPath)}");
        var clock = Stopwatch.StartNew();
        var total = await index.RebuildAsync(new ProgressLine(output), CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        await output.WriteLineAsync($"\r  {total} resources indexed");
        await output.WriteLineAsync(
            $"Done: {total} resources in {seconds:F1} s ({(seconds > 0 ? total / seconds : total):F0}/s); {index.Store.Count} searchable.");
        return 0;
    }

    /// <summary>Rewrites one console line in place (Progress&lt;T&gt; would post reports out of order).</summary>
    private sealed class ProgressLine(TextWriter output) : IProgress<int>
    {
        public void Report(int value)
        {
            if (value % 100 == 0)
            {
                output.Write($"\r  {value} resources indexed");
            }
        }
    }
}
