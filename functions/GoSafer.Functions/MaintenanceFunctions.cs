using GoSafer.Hub.Maintenance;
using Microsoft.Azure.Functions.Worker;

namespace GoSafer.Functions;

/// <summary>
/// The nightly job at 02:00 UTC: the index consistency check (repairing drift) and the review-by
/// sweep, both run by the Hub's <see cref="NightlyMaintenance"/>, which logs the counts.
/// </summary>
public sealed class MaintenanceFunctions(NightlyMaintenance maintenance)
{
    public const string Schedule = "0 0 2 * * *";

    [Function("NightlyMaintenance")]
    public async Task Nightly([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        await maintenance.RunAsync(repair: true, cancellationToken);
}
