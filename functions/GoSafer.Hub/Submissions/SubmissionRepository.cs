using GoSafer.Hub.Storage;

namespace GoSafer.Hub.Submissions;

/// <summary>Submissions in the record store, with their ETags for optimistic concurrency.</summary>
public sealed class SubmissionRepository(IRecordStore store)
{
    public async Task<(SubmissionRecord Record, string ETag)?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsSubmissionId(id))
        {
            return null;
        }

        var stored = await store.GetAsync(RecordKeys.Submission(id), cancellationToken);
        return stored is null ? null : (HubJson.Deserialize<SubmissionRecord>(stored.Content), stored.ETag);
    }

    /// <summary>Stores a new submission; never overwrites one with the same ID.</summary>
    public Task<string> CreateAsync(SubmissionRecord record, CancellationToken cancellationToken) =>
        store.PutAsync(RecordKeys.Submission(record.Id), HubJson.Serialize(record), WriteCondition.CreateOnly, cancellationToken);

    /// <summary>Replaces a submission only if it is unchanged since it was read with <paramref name="etag"/>.</summary>
    public Task<string> ReplaceAsync(SubmissionRecord record, string etag, CancellationToken cancellationToken) =>
        store.PutAsync(RecordKeys.Submission(record.Id), HubJson.Serialize(record), WriteCondition.Matches(etag), cancellationToken);

    public async IAsyncEnumerable<SubmissionRecord> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var key in store.ListKeysAsync(RecordKeys.Submissions, cancellationToken))
        {
            var stored = await store.GetAsync(key, cancellationToken);
            if (stored is not null)
            {
                yield return HubJson.Deserialize<SubmissionRecord>(stored.Content);
            }
        }
    }

    /// <summary>Only IDs of the shape <see cref="Receipts.NewId"/> makes reach the store.</summary>
    public static bool IsSubmissionId(string id) =>
        id.Length is > 4 and <= 40 && (id.StartsWith("res_", StringComparison.Ordinal) || id.StartsWith("nom_", StringComparison.Ordinal))
        && id.Skip(4).All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'));
}
