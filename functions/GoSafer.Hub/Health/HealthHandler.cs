using GoSafer.Hub.Indexing;
using GoSafer.Hub.Storage;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Health;

public sealed record HealthView(string Status, ComponentHealth Storage, ComponentHealth Index);

public sealed record ComponentHealth(string Status, string Detail);

/// <summary><c>GET /api/health</c>: 200 when storage and index answer, 503 otherwise.</summary>
public sealed class HealthHandler(IRecordStore store, CatalogIndex index)
{
    public async Task<IResult> GetAsync(CancellationToken cancellationToken)
    {
        var storage = await CheckStorageAsync(cancellationToken);
        var indexHealth = new ComponentHealth("ok", $"{index.Store.Count} resources searchable");
        var healthy = storage.Status == "ok";
        var view = new HealthView(healthy ? "ok" : "degraded", storage, indexHealth);
        return healthy ? TypedResults.Ok(view) : TypedResults.Json(view, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private async Task<ComponentHealth> CheckStorageAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.CheckAsync(cancellationToken);
            return new ComponentHealth("ok", store.Description);
        }
        catch (Exception e) when (e is StorageUnavailableException or IOException or UnauthorizedAccessException || StorageFaults.IsTransient(e))
        {
            return new ComponentHealth("unavailable", $"{store.Description}: {e.GetType().Name}");
        }
    }
}
