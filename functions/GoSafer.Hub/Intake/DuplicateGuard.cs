using System.Security.Cryptography;
using System.Text;
using GoSafer.Hub.Contracts;
using GoSafer.Hub.Storage;
using GoSafer.Hub.Submissions;

namespace GoSafer.Hub.Intake;

/// <summary>
/// One live submission per resource (same URL and title, compared case-, accent- and
/// trailing-slash-insensitively). A marker <c>dedup/&lt;hash&gt;.json</c> naming the submission is
/// created before the submission itself with a create-only write, so two simultaneous identical
/// submissions cannot both pass. A marker whose submission was rejected, withdrawn or never
/// stored (a crash between the two writes) is taken over.
/// </summary>
public sealed class DuplicateGuard(IRecordStore store, SubmissionRepository submissions)
{
    public sealed record Marker(string SubmissionId);

    /// <summary>Claims the resource for <paramref name="submissionId"/>; returns the live duplicate's status, or null when claimed.</summary>
    public async Task<string?> ClaimAsync(ResourceSubmission resource, string submissionId, CancellationToken cancellationToken)
    {
        var key = $"dedup/{Fingerprint(resource)}.json";
        var content = HubJson.Serialize(new Marker(submissionId));
        try
        {
            await store.PutAsync(key, content, WriteCondition.CreateOnly, cancellationToken);
            return null;
        }
        catch (ConcurrencyConflictException)
        {
            var existing = await store.GetAsync(key, cancellationToken);
            if (existing is null)
            {
                return await ClaimAsync(resource, submissionId, cancellationToken);
            }

            var holderId = HubJson.Deserialize<Marker>(existing.Content).SubmissionId;
            if (holderId == submissionId)
            {
                return null;
            }

            var holder = await submissions.GetAsync(holderId, cancellationToken);
            if (holder is { Record.Status: not (SubmissionStatuses.Rejected or SubmissionStatuses.Withdrawn) } live)
            {
                return live.Record.Status;
            }

            try
            {
                await store.PutAsync(key, content, WriteCondition.Matches(existing.ETag), cancellationToken);
                return null;
            }
            catch (ConcurrencyConflictException)
            {
                return SubmissionStatuses.Pending;
            }
        }
    }

    private static string Fingerprint(ResourceSubmission resource)
    {
        var url = resource.Url.Trim().TrimEnd('/').ToLowerInvariant();
        var title = GoSafer.Indexer.Search.ConceptMatcher.Normalize(resource.Title);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{url}\n{title}")));
    }
}
