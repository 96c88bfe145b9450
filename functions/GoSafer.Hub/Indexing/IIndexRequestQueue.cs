namespace GoSafer.Hub.Indexing;

/// <summary>"Bring the index entry of this resource in line with its stored record."</summary>
public sealed record IndexRequest(string ResourceId);

/// <summary>
/// Where index requests go after a publication or withdrawal: an in-process channel in embedded
/// mode, a Storage Queue in Azure. Requests are idempotent: processing one twice changes nothing.
/// </summary>
public interface IIndexRequestQueue
{
    ValueTask EnqueueAsync(IndexRequest request, CancellationToken cancellationToken = default);
}
