using System.Diagnostics;
using System.Runtime.CompilerServices;
using GoSafer.Hub.Storage;

namespace GoSafer.Hub.Telemetry;

/// <summary>
/// A span, a count and a duration for every call to the wrapped store. Spans carry the key's area
/// and never the key, so no submission ID is joined to a trace of the request that sent it.
/// </summary>
public sealed class InstrumentedRecordStore(IRecordStore inner) : IRecordStore
{
    public string Description => inner.Description;

    public Task<StoredRecord?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        ObserveAsync("get", key, () => inner.GetAsync(key, cancellationToken));

    public Task<string> PutAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken = default) =>
        ObserveAsync("put", key, () => inner.PutAsync(key, content, condition, cancellationToken));

    public Task<bool> DeleteAsync(string key, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        ObserveAsync("delete", key, () => inner.DeleteAsync(key, ifMatch, cancellationToken));

    public async IAsyncEnumerable<string> ListKeysAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var observation = new Observation("list", prefix);
        await foreach (var key in inner.ListKeysAsync(prefix, cancellationToken))
        {
            yield return key;
        }

        observation.Succeed();
    }

    public Task CheckAsync(CancellationToken cancellationToken = default) =>
        ObserveAsync("check", "", async () =>
        {
            await inner.CheckAsync(cancellationToken);
            return true;
        });

    private static async Task<T> ObserveAsync<T>(string operation, string key, Func<Task<T>> call)
    {
        using var observation = new Observation(operation, key);
        try
        {
            var result = await call();
            observation.Succeed();
            return result;
        }
        catch (Exception e)
        {
            observation.Fail(e);
            throw;
        }
    }

    /// <summary>
    /// One call's span and metrics; ends as "error" unless marked otherwise (an abandoned
    /// enumeration counts as cancelled work, which is what it is).
    /// </summary>
    private sealed class Observation : IDisposable
    {
        private readonly Activity? _activity;
        private readonly long _started = Stopwatch.GetTimestamp();
        private readonly string _operation;
        private readonly string _area;
        private string _outcome = "error";

        public Observation(string operation, string key)
        {
            _operation = operation;
            _area = key.Length == 0 ? "store" : HubTelemetry.AreaOf(key);
            _activity = HubTelemetry.Source.StartActivity($"storage {operation}", ActivityKind.Client);
            _activity?.SetTag(HubTelemetry.Tags.Operation, operation);
            _activity?.SetTag(HubTelemetry.Tags.Area, _area);
        }

        public void Succeed() => _outcome = "ok";

        public void Fail(Exception e)
        {
            // A lost conditional write is an answer, not a fault of the store.
            _outcome = e is ConcurrencyConflictException ? "conflict" : "error";
            _activity?.SetTag(HubTelemetry.Tags.ErrorType, e.GetType().Name);
            if (_outcome == "error")
            {
                _activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            }
        }

        public void Dispose()
        {
            var tags = new TagList
            {
                { HubTelemetry.Tags.Operation, _operation },
                { HubTelemetry.Tags.Area, _area },
                { HubTelemetry.Tags.Outcome, _outcome },
            };
            HubTelemetry.StorageOperations.Add(1, tags);
            HubTelemetry.StorageDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
            _activity?.SetTag(HubTelemetry.Tags.Outcome, _outcome);
            _activity?.Dispose();
        }
    }
}
