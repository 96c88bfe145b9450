namespace GoSafer.Hub.Storage;

/// <summary>
/// Durable key/value storage of JSON records, the hub's source of truth. Keys are relative paths
/// such as <c>submissions/res_x.json</c> (see <see cref="RecordKeys"/>). Every write is atomic:
/// a reader sees the old or the new content, never a mix. Implementations must pass the one
/// contract test suite (file system and Azure Blob).
/// </summary>
public interface IRecordStore
{
    /// <summary>The record, or null when there is none.</summary>
    Task<StoredRecord?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the record if <paramref name="condition"/> holds and returns its new ETag; otherwise
    /// throws <see cref="ConcurrencyConflictException"/> and changes nothing.
    /// </summary>
    Task<string> PutAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken = default);

    /// <summary>Deletes the record; false when there was none. A failed ETag condition throws.</summary>
    Task<bool> DeleteAsync(string key, string? ifMatch = null, CancellationToken cancellationToken = default);

    /// <summary>The keys under a prefix (e.g. <c>published/</c>), in ordinal order.</summary>
    IAsyncEnumerable<string> ListKeysAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Throws when the store cannot be reached (health checks).</summary>
    Task CheckAsync(CancellationToken cancellationToken = default);

    /// <summary>A short human-readable name for health output ("file system", "Azure Blob").</summary>
    string Description { get; }
}

public sealed record StoredRecord(string Key, byte[] Content, string ETag);

/// <summary>The optimistic-concurrency precondition of a write.</summary>
public readonly record struct WriteCondition(string? IfMatch, bool IfNotExists)
{
    /// <summary>Write whatever is there.</summary>
    public static WriteCondition None => default;

    /// <summary>Write only when no record has the key (creation never overwrites).</summary>
    public static WriteCondition CreateOnly => new(null, true);

    /// <summary>Write only when the record still has this ETag.</summary>
    public static WriteCondition Matches(string etag) => new(etag, false);
}
