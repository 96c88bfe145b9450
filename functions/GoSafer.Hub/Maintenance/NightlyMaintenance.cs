using GoSafer.Hub.Indexing;
using GoSafer.Hub.Indexing.Consistency;
using GoSafer.Hub.Review;

namespace GoSafer.Hub.Maintenance;

public sealed record NightlyReport(ConsistencyReport Index, ReviewDueReport Review);

/// <summary>
/// The nightly job (the Functions timer, or <c>GoSafer.Web -- check</c> by hand): repairs drift
/// between the index and the stored records and, when repairing, merges the day's segments (and
/// deletions) into one (queries slow down with every segment), then reports review-by dates that have come. The
/// index repair commits, which (where snapshots are published) schedules a new snapshot.
/// </summary>
public sealed class NightlyMaintenance(ConsistencyCheck consistency, ReviewDueSweep reviewDue, CatalogIndex catalog)
{
    public async Task<NightlyReport> RunAsync(bool repair, CancellationToken cancellationToken)
    {
        var index = await consistency.RunAsync(repair, cancellationToken);
        if (repair && !catalog.Store.IsCompact)
        {
            catalog.Compact();
        }

        var review = await reviewDue.RunAsync(cancellationToken);
        return new NightlyReport(index, review);
    }
}
