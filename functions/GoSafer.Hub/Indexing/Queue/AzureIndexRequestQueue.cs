using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using GoSafer.Hub.Storage;
using Polly;

namespace GoSafer.Hub.Indexing.Queue;

/// <summary>
/// Index requests on an Azure Storage Queue, with its <c>-poison</c> companion. Messages are
/// Base64-encoded JSON (<see cref="IndexRequestMessage"/>), the encoding the Functions queue
/// trigger reads. Every call runs through the queue's own Polly pipeline, the only retry layer.
/// </summary>
public sealed class AzureIndexRequestQueue(QueueClient queue, QueueClient poison, ResiliencePipeline pipeline) : IIndexRequestQueue
{
    private int _queuesReady;

    public string Name => queue.Name;

    public async ValueTask EnqueueAsync(IndexRequest request, CancellationToken cancellationToken = default)
    {
        await EnsureQueuesAsync(cancellationToken);
        await ExecuteAsync(ct => queue.SendMessageAsync(IndexRequestMessage.Serialize(request), ct), cancellationToken);
    }

    public async Task<IReadOnlyList<QueueMessage>> ReceiveAsync(int max, TimeSpan visibilityTimeout, CancellationToken cancellationToken)
    {
        await EnsureQueuesAsync(cancellationToken);
        var received = await ExecuteAsync(ct => queue.ReceiveMessagesAsync(max, visibilityTimeout, ct), cancellationToken);
        return received.Value;
    }

    public Task CompleteAsync(QueueMessage message, CancellationToken cancellationToken) =>
        ExecuteAsync(ct => queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct), cancellationToken);

    /// <summary>Makes a failed message visible again after <paramref name="delay"/>; its dequeue count already went up.</summary>
    public Task RetryLaterAsync(QueueMessage message, TimeSpan delay, CancellationToken cancellationToken) =>
        ExecuteAsync(ct => queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: delay, cancellationToken: ct), cancellationToken);

    /// <summary>Copies the message to the poison queue, then deletes it: a crash in between leaves a duplicate, never a loss.</summary>
    public async Task MoveToPoisonAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        await ExecuteAsync(ct => poison.SendMessageAsync(message.Body, cancellationToken: ct), cancellationToken);
        await CompleteAsync(message, cancellationToken);
    }

    public async Task<QueueState> GetStateAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await EnsureQueuesAsync(cancellationToken);
            var depth = await ExecuteAsync(ct => queue.GetPropertiesAsync(ct), cancellationToken);
            var poisonDepth = await ExecuteAsync(ct => poison.GetPropertiesAsync(ct), cancellationToken);
            return new QueueState(IndexQueueKinds.AzureQueue, true, depth.Value.ApproximateMessagesCount,
                poisonDepth.Value.ApproximateMessagesCount, $"Azure Storage Queue ({queue.Name})");
        }
        catch (StorageUnavailableException e)
        {
            return new QueueState(IndexQueueKinds.AzureQueue, false, null, null, $"Azure Storage Queue ({queue.Name}): {e.InnerException?.GetType().Name}");
        }
    }

    private async Task EnsureQueuesAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _queuesReady) == 1)
        {
            return;
        }

        await ExecuteAsync(ct => queue.CreateIfNotExistsAsync(cancellationToken: ct), cancellationToken);
        await ExecuteAsync(ct => poison.CreateIfNotExistsAsync(cancellationToken: ct), cancellationToken);
        Volatile.Write(ref _queuesReady, 1);
    }

    private async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(async ct => await call(ct), cancellationToken);
        }
        catch (Exception e) when (StorageFaults.IsTransient(e) && !cancellationToken.IsCancellationRequested)
        {
            throw new StorageUnavailableException($"Azure Storage Queue is unavailable ({queue.Name}).", e);
        }
    }
}
