using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Indexing.Snapshots;

/// <summary>
/// Writer side of the snapshot schedule: publishes once at start, then after commits, at most once
/// per <see cref="SnapshotScheduleOptions.PublishInterval"/>. Commits during the wait collapse into
/// one pending signal, so a burst of publications costs one snapshot. A failed publish is retried
/// on the next tick; replicas keep serving the previous snapshot meanwhile.
/// </summary>
public sealed class SnapshotPublishScheduler(
    CatalogIndex index,
    IndexSnapshotPublisher publisher,
    IOptions<IndexingOptions> options,
    TimeProvider time,
    ILogger<SnapshotPublishScheduler> logger) : BackgroundService
{
    private readonly Channel<bool> _pending = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Asks for a snapshot soon (the queue trigger calls this after applying requests).</summary>
    public void Request() => _pending.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        index.Committed += Request;
        try
        {
            Request();
            while (await _pending.Reader.WaitToReadAsync(stoppingToken))
            {
                _pending.Reader.TryRead(out _);
                try
                {
                    await publisher.PublishAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning("Publishing an index snapshot failed ({Error}); retrying after the interval", e.GetType().Name);
                    Request();
                }

                await Task.Delay(options.Value.Snapshots.PublishInterval, time, stoppingToken);
            }
        }
        finally
        {
            index.Committed -= Request;
        }
    }
}
