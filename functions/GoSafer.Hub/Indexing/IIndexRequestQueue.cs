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

    /// <summary>Reachability and depth, for <c>GET /api/health</c>.</summary>
    Task<QueueState> GetStateAsync(CancellationToken cancellationToken = default);
}

/// <summary>A queue's health: whether it answers and roughly how many requests wait (null when unknown).</summary>
public sealed record QueueState(string Kind, bool Reachable, int? Depth, int? PoisonDepth, string Detail);
