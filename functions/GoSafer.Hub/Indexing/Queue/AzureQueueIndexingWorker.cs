using GoSafer.Hub.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Indexing.Queue;

/// <summary>
/// Drains the Storage Queue in a host that is not the Functions app (the local host with
/// <c>GoSafer:Indexing:Queue=AzureQueue</c>): receives while there are messages, polls when idle.
/// </summary>
public sealed class AzureQueueIndexingWorker(IndexQueueProcessor processor, IOptions<IndexingOptions> options, ILogger<AzureQueueIndexingWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int received;
            try
            {
                received = await processor.ProcessOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is StorageUnavailableException || StorageFaults.IsTransient(e))
            {
                // Messages stay in the queue; they are taken again once the queue answers.
                logger.LogWarning("Index request queue unreachable ({Error}); retrying", e.GetType().Name);
                received = 0;
            }

            if (received == 0)
            {
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
        }
    }
}
