using GoSafer.Hub;
using GoSafer.Hub.Configuration;
using GoSafer.Hub.Maintenance;
using Lucene.Net.Store;
using Microsoft.Extensions.Options;

namespace GoSafer.Web.Hosting;

/// <summary>
/// The nightly job by hand: compares the index with the stored records (and lists resources due
/// for re-review). <c>--repair</c> also repairs the drift. Exit code 0: in step (or repaired),
/// 1: drift found and left, 2: the index is in use by a running hub.
/// </summary>
public static class CheckCommand
{
    public const string Name = "check";
    public const string RepairFlag = "--repair";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var repair = args.Contains(RepairFlag);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. args.Where(a => a != RepairFlag)],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddGoSaferHub(builder.Configuration);
        using var host = builder.Build();
        var options = host.Services.GetRequiredService<IOptions<HubOptions>>().Value;

        NightlyReport report;
        try
        {
            report = await host.Services.GetRequiredService<NightlyMaintenance>().RunAsync(repair, CancellationToken.None);
        }
        catch (LockObtainFailedException)
        {
            await output.WriteLineAsync($"The index at {Path.GetFullPath(options.IndexPath)} is in use: stop the running hub first.");
            return 2;
        }

        var index = report.Index;
        await output.WriteLineAsync(
            $"Index: {index.Stored} stored, {index.Indexed} indexed; {index.Missing} missing, {index.Stale} stale, {index.Changed} changed, {index.Unreadable} unreadable.");
        await output.WriteLineAsync(index.InStep ? "The index is in step with the stored records."
            : index.Repaired ? "Repaired: the index now matches the stored records."
            : $"Run with {RepairFlag} to repair.");
        await output.WriteLineAsync($"Review: {report.Review.Due} published resources due for re-review{(report.Review.Due > 0 ? ": " + string.Join(", ", report.Review.Ids) : ".")}");
        return index.InStep || index.Repaired ? 0 : 1;
    }
}
