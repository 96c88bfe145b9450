namespace GoSafer.Hub.Review;

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
}
