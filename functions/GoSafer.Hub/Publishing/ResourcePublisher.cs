using GoSafer.Hub.Indexing;
using GoSafer.Hub.Storage;
using GoSafer.Hub.Submissions;
using GoSafer.Hub.Tagging;
using GoSafer.Indexer.Tagging;
using Microsoft.Extensions.Logging;

namespace GoSafer.Hub.Publishing;

/// <summary>
/// Makes an approved resource submission public, or takes it down again. The published record is
/// written before the index request is queued, so the index can always be rebuilt from the store;
/// the review workflow calls this on approval and withdrawal.
/// </summary>
public sealed class ResourcePublisher(
    SubmissionRepository submissions,
    PublishedResourceRepository resources,
    IRecordStore store,
    IIndexRequestQueue indexQueue,
    ResourceTagger tagger,
    Microsoft.Extensions.Options.IOptions<Review.ReviewOptions> reviewOptions,
    TimeProvider time,
    ILogger<ResourcePublisher> logger)
{
    public async Task<PublishedResource> PublishAsync(string submissionId, CancellationToken cancellationToken)
    {
        var (record, etag) = await submissions.GetAsync(submissionId, cancellationToken)
            ?? throw new KeyNotFoundException($"No submission {submissionId}");
        var submission = record.Latest.Resource
            ?? throw new InvalidOperationException($"Submission {submissionId} is not a resource");

        var now = time.GetUtcNow();
        var existing = await resources.GetAsync(record.Id, cancellationToken);
        var attachment = record.Latest.Attachment;
        var inferred = InferredTags.From(tagger.Tag(submission.Title, submission.Description));
        var published = PublishedResource.From(record.Id, submission, record.SubmittedAt, existing?.PublishedAt ?? now, inferred) with
        {
            UpdatedAt = now,
            Attachment = attachment is null ? null : new PublicAttachment(attachment.Kind, attachment.Length),
        };

        // The text goes first: a published record that names an attachment always finds its text.
        if (attachment is not null
            && await store.GetAsync(RecordKeys.AttachmentText(record.Id, record.Latest.Number), cancellationToken) is { } text)
        {
            await resources.PutAttachmentTextAsync(record.Id, text.Content, cancellationToken);
        }

        await resources.PutAsync(published, cancellationToken);
        var reviewBy = now.AddMonths(reviewOptions.Value.ReviewByMonths);
        await submissions.ReplaceAsync(record with { Status = SubmissionStatuses.Published, UpdatedAt = now, ReviewBy = reviewBy }, etag, cancellationToken);
        await indexQueue.EnqueueAsync(new IndexRequest(record.Id), cancellationToken);
        logger.LogInformation("Published resource {Id}", record.Id);
        return published;
    }

    public async Task<bool> WithdrawAsync(string resourceId, CancellationToken cancellationToken)
    {
        var removed = await resources.DeleteAsync(resourceId, cancellationToken);
        await indexQueue.EnqueueAsync(new IndexRequest(resourceId), cancellationToken);
        if (await submissions.GetAsync(resourceId, cancellationToken) is { } found)
        {
            var withdrawn = found.Record with { Status = SubmissionStatuses.Withdrawn, UpdatedAt = time.GetUtcNow() };
            await submissions.ReplaceAsync(withdrawn, found.ETag, cancellationToken);
        }

        logger.LogInformation("Withdrew resource {Id}", resourceId);
        return removed;
    }
}
