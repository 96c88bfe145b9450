using System.Runtime.CompilerServices;

namespace GoSafer.Hub.Storage;

/// <summary>
/// One record store over several containers: a key goes to the store of the first prefix it
/// starts with (e.g. <c>audit/</c> to the audit container), every other key to the records store.
/// Keys keep their prefix in every container, so a key names the same record wherever it lives
/// and the layout of <see cref="RecordKeys"/> does not change. Separate containers let access,
/// retention and immutability policies differ (audit and attachments are never public).
/// </summary>
public sealed class ContainerRoutedRecordStore(IRecordStore records, IReadOnlyList<(string Prefix, IRecordStore Store)> routes) : IRecordStore
{
    public string Description => records.Description;

    public Task<StoredRecord?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        StoreOf(key).GetAsync(key, cancellationToken);

    public Task<string> PutAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken = default) =>
        StoreOf(key).PutAsync(key, content, condition, cancellationToken);

    public Task<bool> DeleteAsync(string key, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        StoreOf(key).DeleteAsync(key, ifMatch, cancellationToken);

    public async IAsyncEnumerable<string> ListKeysAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // A prefix shorter than a route (e.g. "") would span containers; callers always list within one.
        await foreach (var key in StoreOf(prefix).ListKeysAsync(prefix, cancellationToken))
        {
            yield return key;
        }
    }

    public async Task CheckAsync(CancellationToken cancellationToken = default)
    {
        await records.CheckAsync(cancellationToken);
        foreach (var (_, store) in routes)
        {
            await store.CheckAsync(cancellationToken);
        }
    }

    private IRecordStore StoreOf(string key)
    {
        foreach (var (prefix, store) in routes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return store;
            }
        }

        return records;
    }
}
