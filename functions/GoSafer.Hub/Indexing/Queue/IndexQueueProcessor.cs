using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Indexing.Queue;

/// <summary>
/// One receive-and-apply round over the Storage Queue (the in-host alternative to the Functions
/// trigger). A batch is applied with one commit; if that fails, each message is tried alone so one
/// bad message cannot hold the others back. A failed message becomes visible again after the
/// retry delay; after <see cref="IndexingOptions.MaxDequeueCount"/> attempts it moves to the poison queue.
/// </summary>
public sealed class IndexQueueProcessor(
    AzureIndexRequestQueue queue,
    IndexRequestHandler handler,
    IOptions<IndexingOptions> options,
    ILogger<IndexQueueProcessor> logger)
{
    /// <summary>Returns how many messages were received (0: the queue looked empty).</summary>
    public async Task<int> ProcessOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var messages = await queue.ReceiveAsync(settings.BatchSize, settings.VisibilityTimeout, cancellationToken);
        var pending = new List<(QueueMessage Message, IndexRequest Request)>();
        foreach (var message in messages)
        {
            if (IndexRequestMessage.TryParse(message.MessageText) is not { } request)
            {
                // Retrying cannot make a malformed message readable.
                await PoisonAsync(message, "(unreadable)", IndexRequestHandler.Malformed, cancellationToken);
            }
            else if (message.DequeueCount > settings.MaxDequeueCount)
            {
                // Its attempts ran out in a process that stopped before it could move the message.
                await PoisonAsync(message, request.ResourceId, "attempts exhausted", cancellationToken);
            }
            else
            {
                pending.Add((message, request));
            }
        }

        if (pending.Count == 0)
        {
            return messages.Count;
        }

        try
        {
            await handler.ApplyAsync([.. pending.Select(p => p.Request)], cancellationToken);
            foreach (var (message, _) in pending)
            {
                await queue.CompleteAsync(message, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException && pending.Count > 1)
        {
            logger.LogWarning("Applying a batch of {Count} index requests failed ({Error}); applying them one by one", pending.Count, e.GetType().Name);
            foreach (var item in pending)
            {
                await ApplyOneAsync(item.Message, item.Request, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await FailedAsync(pending[0].Message, pending[0].Request, e, cancellationToken);
        }

        return messages.Count;
    }

    private async Task ApplyOneAsync(QueueMessage message, IndexRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await handler.ApplyAsync([request], cancellationToken);
            await queue.CompleteAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await FailedAsync(message, request, e, cancellationToken);
        }
    }

    private async Task FailedAsync(QueueMessage message, IndexRequest request, Exception error, CancellationToken cancellationToken)
    {
        if (message.DequeueCount >= options.Value.MaxDequeueCount)
        {
            await PoisonAsync(message, request.ResourceId, IndexRequestHandler.Reason(error), cancellationToken);
            return;
        }

        logger.LogWarning("Index request for {ResourceId} failed on attempt {Attempt} of {Max} ({Error}); retrying later",
            request.ResourceId, message.DequeueCount, options.Value.MaxDequeueCount, error.GetType().Name);
        await queue.RetryLaterAsync(message, options.Value.RetryDelay, cancellationToken);
    }

    private async Task PoisonAsync(QueueMessage message, string resourceId, string reason, CancellationToken cancellationToken)
    {
        await queue.MoveToPoisonAsync(message, cancellationToken);
        PoisonAlert.Raise(logger, resourceId, options.Value.PoisonQueueName, message.DequeueCount, reason);
    }
}
