using GoSafer.Hub.Storage;
using GoSafer.Hub.Submissions;

namespace GoSafer.Hub.Audit;

/// <summary>
/// The append-only, hash-chained audit log: entry N is stored at <c>audit/N.json</c> with a
/// create-only write, so two writers can never both append entry N; the loser re-reads the tail
/// and tries the next number.
/// </summary>
public sealed class AuditLog(IRecordStore store, TimeProvider time) : IDisposable
{
    private const string Prefix = "audit/";
    private const int MaxAttempts = 50;
    private readonly SemaphoreSlim _tailLock = new(1, 1);
    private (long Sequence, string Hash)? _tail;

    private static string Key(long sequence) => $"{Prefix}{sequence:D12}.json";

    public async Task<AuditEntry> AppendAsync(string action, string subject, string actor, string? detail, CancellationToken cancellationToken)
    {
        await _tailLock.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 0; attempt < MaxAttempts; attempt++)
            {
                var (sequence, previous) = _tail ??= await ReadTailAsync(cancellationToken);
                var at = time.GetUtcNow();
                var next = sequence + 1;
                var entry = new AuditEntry(next, at, action, subject, actor, detail, previous,
                    AuditEntry.ComputeHash(next, at, action, subject, actor, detail, previous));
                try
                {
                    await store.PutAsync(Key(next), HubJson.Serialize(entry), WriteCondition.CreateOnly, cancellationToken);
                    _tail = (next, entry.Hash);
                    return entry;
                }
                catch (ConcurrencyConflictException)
                {
                    // Another process appended first.
                    _tail = null;
                }
            }

            throw new StorageUnavailableException("Could not append to the audit log: too much contention.");
        }
        finally
        {
            _tailLock.Release();
        }
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(long after, int count, CancellationToken cancellationToken)
    {
        var entries = new List<AuditEntry>();
        await foreach (var key in store.ListKeysAsync(Prefix, cancellationToken))
        {
            if (SequenceOf(key) > after && entries.Count < count && await store.GetAsync(key, cancellationToken) is { } record)
            {
                entries.Add(HubJson.Deserialize<AuditEntry>(record.Content));
            }
        }

        return entries;
    }

    /// <summary>Walks the whole chain: numbering without gaps, each hash right, each link to its predecessor.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var expectedSequence = 1L;
        var previous = AuditEntry.Genesis;
        await foreach (var key in store.ListKeysAsync(Prefix, cancellationToken))
        {
            var record = await store.GetAsync(key, cancellationToken);
            AuditEntry? entry = null;
            try
            {
                entry = record is null ? null : HubJson.Deserialize<AuditEntry>(record.Content);
            }
            catch (System.Text.Json.JsonException)
            {
                // A damaged entry is a break in the chain.
            }

            if (entry is null || entry.Sequence != expectedSequence || SequenceOf(key) != expectedSequence
                || entry.PreviousHash != previous || !entry.IsSelfConsistent)
            {
                return new AuditVerification(false, expectedSequence - 1, expectedSequence);
            }

            previous = entry.Hash;
            expectedSequence++;
        }

        return new AuditVerification(true, expectedSequence - 1, null);
    }

    private async Task<(long, string)> ReadTailAsync(CancellationToken cancellationToken)
    {
        string? last = null;
        await foreach (var key in store.ListKeysAsync(Prefix, cancellationToken))
        {
            last = key;
        }

        if (last is null || await store.GetAsync(last, cancellationToken) is not { } record)
        {
            return (0, AuditEntry.Genesis);
        }

        var entry = HubJson.Deserialize<AuditEntry>(record.Content);
        return (entry.Sequence, entry.Hash);
    }

    public void Dispose() => _tailLock.Dispose();

    private static long SequenceOf(string key) => long.Parse(RecordKeys.IdOf(key), System.Globalization.CultureInfo.InvariantCulture);
}
