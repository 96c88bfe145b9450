using System.Net;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Polly;
using Polly.CircuitBreaker;

namespace GoSafer.Hub.Storage;

/// <summary>
/// Records as block blobs in one container. Concurrency uses the blob ETag (If-Match /
/// If-None-Match: *); transient faults are absorbed by the Polly pipeline, which is the only
/// retry layer (the SDK's own retries are switched off where the client is built).
/// </summary>
public sealed class AzureBlobRecordStore(BlobContainerClient container, ResiliencePipeline pipeline) : IRecordStore
{
    private int _containerReady;

    public string Description => $"Azure Blob ({container.Name})";

    public async Task<StoredRecord?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        RecordKeys.Validate(key);
        await EnsureContainerAsync(cancellationToken);
        try
        {
            var result = await Execute(ct => container.GetBlobClient(key).DownloadContentAsync(ct), cancellationToken);
            return new StoredRecord(key, result.Value.Content.ToArray(), result.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<string> PutAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        RecordKeys.Validate(key);
        await EnsureContainerAsync(cancellationToken);
        var options = new BlobUploadOptions
        {
            Conditions = condition.IfNotExists ? new BlobRequestConditions { IfNoneMatch = ETag.All }
                : condition.IfMatch is { } etag ? new BlobRequestConditions { IfMatch = new ETag(etag) }
                : null,
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
        };
        try
        {
            var result = await Execute(
                ct => container.GetBlobClient(key).UploadAsync(BinaryData.FromBytes(content), options, ct),
                cancellationToken);
            return result.Value.ETag.ToString();
        }
        catch (RequestFailedException e) when (IsConflict(e))
        {
            throw new ConcurrencyConflictException(key);
        }
    }

    public async Task<bool> DeleteAsync(string key, string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        RecordKeys.Validate(key);
        await EnsureContainerAsync(cancellationToken);
        var conditions = ifMatch is null ? null : new BlobRequestConditions { IfMatch = new ETag(ifMatch) };
        try
        {
            var result = await Execute(
                ct => container.GetBlobClient(key).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, conditions, ct),
                cancellationToken);
            return result.Value ? true : ifMatch is null ? false : throw new ConcurrencyConflictException(key);
        }
        catch (RequestFailedException e) when (IsConflict(e))
        {
            throw new ConcurrencyConflictException(key);
        }
    }

    public async IAsyncEnumerable<string> ListKeysAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureContainerAsync(cancellationToken);
        string? continuation = null;
        do
        {
            var page = await Execute(
                async ct =>
                {
                    await foreach (var p in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, ct)
                                       .AsPages(continuation, 1000).WithCancellation(ct))
                    {
                        return p;
                    }

                    return null;
                },
                cancellationToken);
            if (page is null)
            {
                yield break;
            }

            foreach (var blob in page.Values)
            {
                yield return blob.Name;
            }

            continuation = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));
    }

    public async Task CheckAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Exchange(ref _containerReady, 0);
        await EnsureContainerAsync(cancellationToken);
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _containerReady) == 1)
        {
            return;
        }

        await Execute(ct => container.CreateIfNotExistsAsync(cancellationToken: ct), cancellationToken);
        Volatile.Write(ref _containerReady, 1);
    }

    private async Task<T> Execute<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(async ct => await call(ct), cancellationToken);
        }
        catch (Exception e) when (StorageFaults.IsTransient(e) && !cancellationToken.IsCancellationRequested)
        {
            throw new StorageUnavailableException(
                $"Azure Blob storage is unavailable ({container.Name}).", e, (e as BrokenCircuitException)?.RetryAfter);
        }
    }

    private static bool IsConflict(RequestFailedException e) =>
        e.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.Conflict;
}
