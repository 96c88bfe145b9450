using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GoSafer.Hub.Indexing;

/// <summary>
/// Drains the in-process queue in batches: whatever has arrived is applied with one commit, so a
/// burst of publications costs one commit and each becomes searchable within milliseconds.
/// </summary>
public sealed class IndexingWorker(ChannelIndexRequestQueue queue, CatalogIndex index, ILogger<IndexingWorker> logger) : BackgroundService
{
    private const int MaxBatch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<IndexRequest>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync(stoppingToken))
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var request))
            {
                batch.Add(request);
            }

            try
            {
                await index.ApplyAsync(batch, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The records are safe in the store; the next start-up reconciliation repairs the index.
                logger.LogError(e, "Applying {Count} index requests failed", batch.Count);
            }

            batch.Clear();
        }
    }
}
