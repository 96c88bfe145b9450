using Azure.Storage.Queues.Models;
using GoSafer.Hub.Indexing.Queue;
using Microsoft.Azure.Functions.Worker;

namespace GoSafer.Functions;

/// <summary>
/// The indexer: one queue message at a time, applied by the Hub's <see cref="IndexRequestHandler"/>.
/// A thrown exception makes the host retry the message; after host.json's
/// <c>extensions.queues.maxDequeueCount</c> attempts the host moves it to
/// <c>gosafer-index-requests-poison</c>, and the handler has raised the alert on that last attempt.
/// The queue lives in the account of <c>AzureWebJobsStorage</c>, which must be the account of
/// <c>GoSafer:Storage:ConnectionString</c> (docs/pipeline.md).
/// </summary>
public sealed class IndexingFunctions(IndexRequestHandler handler)
{
    /// <summary>The trigger's queue; Program.cs refuses to start when GoSafer:Indexing:QueueName names another.</summary>
    public const string QueueName = "gosafer-index-requests";

    [Function("IndexRequest")]
    public Task IndexRequest([QueueTrigger(QueueName)] QueueMessage message, CancellationToken cancellationToken) =>
        handler.HandleMessageAsync(message.MessageText, message.DequeueCount, cancellationToken);
}
