using GoSafer.Hub.Submissions;
using Microsoft.Extensions.Logging;

namespace GoSafer.Hub.Review;

/// <summary>What the nightly sweep found: resources now in the review-due queue, and the oldest due date among them.</summary>
public sealed record ReviewDueReport(int Due, DateTimeOffset? OldestDue, IReadOnlyList<string> Ids);

/// <summary>
/// The nightly look at review-by dates. A due resource is already listed by the board's
/// <c>review-due</c> queue (the same rule, <see cref="ReviewQueues.IsDue"/>); the sweep makes
/// that visible to operators as one structured log line with the count and resource IDs
/// (public IDs, no personal data), so an alert can fire when re-reviews pile up.
/// </summary>
public sealed class ReviewDueSweep(SubmissionRepository submissions, TimeProvider time, ILogger<ReviewDueSweep> logger)
{
    public async Task<ReviewDueReport> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = new List<SubmissionRecord>();
        await foreach (var record in submissions.ListAsync(cancellationToken))
        {
            if (ReviewQueues.IsDue(record, now))
            {
                due.Add(record);
            }
        }

        var report = new ReviewDueReport(due.Count, due.Min(r => r.ReviewBy), [.. due.Select(r => r.Id).Order(StringComparer.Ordinal)]);
        if (report.Due > 0)
        {
            logger.LogWarning("{Due} published resources are due for re-review (oldest due {OldestDue:O}): {Ids}", report.Due, report.OldestDue, report.Ids);
        }
        else
        {
            logger.LogInformation("No published resource is due for re-review");
        }

        return report;
    }
}
