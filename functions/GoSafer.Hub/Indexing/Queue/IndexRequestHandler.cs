using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Indexing.Queue;

/// <summary>
/// Applies index requests taken from a queue: the one handler behind the Functions queue trigger
/// and the in-host queue worker. Idempotent: each request re-reads the stored record and upserts
/// or deletes by ID, so a message processed twice (at-least-once delivery) changes nothing.
/// </summary>
public sealed class IndexRequestHandler(CatalogIndex index, IOptions<IndexingOptions> options, ILogger<IndexRequestHandler> logger)
{
    public const string Malformed = "malformed message";

    public async Task ApplyAsync(IReadOnlyCollection<IndexRequest> requests, CancellationToken cancellationToken)
    {
        await index.EnsureReconciledAsync(cancellationToken);
        await index.ApplyAsync(requests, cancellationToken);
    }

    /// <summary>
    /// One queue message (Functions trigger). A failure is rethrown so the host retries it; on the
    /// last attempt the alert is raised here, because the host then moves it to the poison queue.
    /// </summary>
    public async Task HandleMessageAsync(string body, long dequeueCount, CancellationToken cancellationToken)
    {
        var request = IndexRequestMessage.TryParse(body);
        try
        {
            if (request is null)
            {
                throw new InvalidDataException(Malformed);
            }

            await ApplyAsync([request], cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException && dequeueCount >= options.Value.MaxDequeueCount)
        {
            PoisonAlert.Raise(logger, request?.ResourceId ?? "(unreadable)", options.Value.PoisonQueueName, dequeueCount, Reason(e));
            throw;
        }
    }

    /// <summary>The exception type, and its message only for our own malformed-message marker (others could quote data).</summary>
    public static string Reason(Exception e) => e is InvalidDataException { Message: Malformed } ? Malformed : e.GetType().Name;
}
