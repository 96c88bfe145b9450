using GoSafer.Indexer.Taxonomy;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Indexing.Snapshots;

/// <summary>
/// Replica side of the snapshot schedule: before the host serves, it serves the newest published
/// snapshot (or an empty index when there is none yet); afterwards it checks the latest pointer every
/// <see cref="SnapshotScheduleOptions.PullInterval"/>. A failed pull keeps the served snapshot.
/// </summary>
public sealed class SnapshotPullService(
    IndexSnapshotPuller puller,
    HubTaxonomy taxonomy,
    IOptions<IndexingOptions> options,
    TimeProvider time,
    ILogger<SnapshotPullService> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await PullAsync(cancellationToken);
        puller.ServeEmptyIfNothingServed(taxonomy);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.Snapshots.PullInterval, time, stoppingToken);
            await PullAsync(stoppingToken);
        }
    }

    private async Task PullAsync(CancellationToken cancellationToken)
    {
        try
        {
            await puller.PullAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Pulling the index snapshot failed ({Error}); still serving generation {Generation}",
                e.GetType().Name, puller.ServedGeneration);
        }
    }
}
