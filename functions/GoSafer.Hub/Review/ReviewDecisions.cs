namespace GoSafer.Hub.Review;

/// <summary>The queue of published resources whose review-by date has passed.</summary>
public static class ReviewQueues
{
    public const string ReviewDue = "review-due";

    /// <summary>A published resource whose review-by date has come: it belongs in the review-due queue.</summary>
    public static bool IsDue(Submissions.SubmissionRecord record, DateTimeOffset now) =>
        record.Status == Submissions.SubmissionStatuses.Published && record.ReviewBy is { } due && due <= now;
}

public static class ReviewDecisions
{
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string RequestChanges = "request-changes";

    public static IReadOnlyList<string> All { get; } = [Approve, Reject, RequestChanges];
}

/// <summary><c>GoSafer:Review</c> settings.</summary>
public sealed class ReviewOptions
{
    /// <summary>Approving reviewers a nomination needs (and no rejection).</summary>
    public int NominationQuorum { get; set; } = 2;

    /// <summary>Months after (re)publication when a resource returns to the queue for re-review.</summary>
    public int ReviewByMonths { get; set; } = 24;
}
