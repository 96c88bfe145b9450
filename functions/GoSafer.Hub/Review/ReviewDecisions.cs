namespace GoSafer.Hub.Review;

/// <summary>The queue of published resources whose review-by date has passed.</summary>
public static class ReviewQueues
{
    public const string ReviewDue = "review-due";
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
