using GoSafer.Hub.Indexing;
using GoSafer.Hub.Storage;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Health;

public sealed record HealthView(string Status, ComponentHealth Storage, QueueHealth Queue, IndexHealth Index);

public sealed record ComponentHealth(string Status, string Detail);

/// <summary>The index-request queue: reachable, and how many requests wait (and sit in the poison queue).</summary>
public sealed record QueueHealth(string Status, string Kind, int? Depth, int? PoisonDepth, string Detail);

/// <summary>
/// The served index: documents searchable, when it was last committed (writer) or when the served
/// snapshot was (replica), and the snapshot generation published (writer) or served (replica).
/// </summary>
public sealed record IndexHealth(string Status, string Role, int Documents, DateTimeOffset? LastCommit, long? SnapshotGeneration, string Detail);

/// <summary>
/// <c>GET /api/health</c>: 200 when storage and queue answer, 503 otherwise. A replica still
/// waiting for its first snapshot reports its index as "waiting" (it answers searches, with no results).
/// </summary>
public sealed class HealthHandler(IRecordStore store, IIndexRequestQueue queue, ServedIndex index)
{
    public async Task<IResult> GetAsync(CancellationToken cancellationToken)
    {
        var storage = await CheckStorageAsync(cancellationToken);
        var queueHealth = await CheckQueueAsync(cancellationToken);
        var indexHealth = CheckIndex();
        var healthy = storage.Status == "ok" && queueHealth.Status == "ok";
        var view = new HealthView(healthy ? "ok" : "degraded", storage, queueHealth, indexHealth);
        return healthy ? TypedResults.Ok(view) : TypedResults.Json(view, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private async Task<ComponentHealth> CheckStorageAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.CheckAsync(cancellationToken);
            return new ComponentHealth("ok", store.Description);
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            return new ComponentHealth("unavailable", $"{store.Description}: {e.GetType().Name}");
        }
    }

    private async Task<QueueHealth> CheckQueueAsync(CancellationToken cancellationToken)
    {
        try
        {
            var state = await queue.GetStateAsync(cancellationToken);
            return new QueueHealth(state.Reachable ? "ok" : "unavailable", state.Kind, state.Depth, state.PoisonDepth, state.Detail);
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            return new QueueHealth("unavailable", "unknown", null, null, e.GetType().Name);
        }
    }

    private IndexHealth CheckIndex()
    {
        var status = index.Status();
        var waiting = status.Role == IndexRoles.Replica && status.SnapshotGeneration is null;
        var detail = waiting ? "no snapshot served yet" : $"{status.Documents} resources searchable";
        return new IndexHealth(waiting ? "waiting" : "ok", status.Role, status.Documents, status.LastCommit, status.SnapshotGeneration, detail);
    }

    /// <summary>Also a refused request (e.g. 403 after a role assignment was removed): the dependency does not serve us.</summary>
    private static bool IsUnavailable(Exception e) =>
        e is StorageUnavailableException or IOException or UnauthorizedAccessException or Azure.RequestFailedException || StorageFaults.IsTransient(e);
}
