using GoSafer.Hub.Storage;

namespace GoSafer.Hub.Tests.Indexing;

/// <summary>A store decorator that records writes and can fail or corrupt chosen reads.</summary>
internal sealed class RecordingStore(IRecordStore inner) : IRecordStore
{
    public List<string> Writes { get; } = [];

    /// <summary>Called before each read; throw from it to simulate a dropped connection.</summary>
    public Action<string>? BeforeGet { get; set; }

    public Func<string, byte[], byte[]>? Tamper { get; set; }

    /// <summary>Wraps each read after <see cref="BeforeGet"/> (to hold it, or count reads in flight); gets the key and the read.</summary>
    public Func<string, Func<Task<StoredRecord?>>, Task<StoredRecord?>>? AroundGet { get; set; }

    public string Description => inner.Description;

    public async Task<StoredRecord?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        BeforeGet?.Invoke(key);
        var record = AroundGet is null
            ? await inner.GetAsync(key, cancellationToken)
            : await AroundGet(key, () => inner.GetAsync(key, cancellationToken));
        return record is null || Tamper is null ? record : record with { Content = Tamper(key, record.Content) };
    }

    public Task<string> PutAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        lock (Writes)
        {
            Writes.Add(key);
        }

        return inner.PutAsync(key, content, condition, cancellationToken);
    }

    public Task<bool> DeleteAsync(string key, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(key, ifMatch, cancellationToken);

    public IAsyncEnumerable<string> ListKeysAsync(string prefix, CancellationToken cancellationToken = default) =>
        inner.ListKeysAsync(prefix, cancellationToken);

    public Task CheckAsync(CancellationToken cancellationToken = default) => inner.CheckAsync(cancellationToken);
}
