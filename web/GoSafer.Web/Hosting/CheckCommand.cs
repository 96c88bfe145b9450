using GoSafer.Hub.Maintenance;

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

    public static Task<int> RunAsync(string[] args, TextWriter output) =>
        OfflineHub.RunAsync([.. args.Where(a => a != RepairFlag)], output, async (services, _) =>
        {
            var report = await services.GetRequiredService<NightlyMaintenance>().RunAsync(args.Contains(RepairFlag), CancellationToken.None);
            return await ReportAsync(report, output);
        });

    private static async Task<int> ReportAsync(NightlyReport report, TextWriter output)
    {
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
