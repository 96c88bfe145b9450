using GoSafer.Hub.Contracts;

namespace GoSafer.Hub.Submissions;

public static class SubmissionKinds
{
    public const string Resource = "resource";
    public const string Nomination = "nomination";
}

public static class SubmissionStatuses
{
    public const string Pending = "pending";
    public const string ChangesRequested = "changes-requested";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Published = "published";
    public const string Withdrawn = "withdrawn";
}

/// <summary>
/// One submission as stored (never served as is: it holds personal data). Versions accumulate
/// when a submitter answers a change request; decisions accumulate as the board reviews.
/// </summary>
public sealed record SubmissionRecord
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Status { get; init; }

    /// <summary>SHA-256 of the receipt; the receipt itself is only ever shown once, to the submitter.</summary>
    public required string ReceiptHash { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required IReadOnlyList<SubmissionVersion> Versions { get; init; }
    public IReadOnlyList<ReviewDecision> Decisions { get; init; } = [];

    /// <summary>For published resources: when the board must look at it again.</summary>
    public DateTimeOffset? ReviewBy { get; init; }

    /// <summary>Board members who declared a conflict of interest: they cannot decide this item.</summary>
    public IReadOnlyList<string> ConflictsDeclaredBy { get; init; } = [];

    public SubmissionVersion Latest => Versions[^1];
}

public sealed record SubmissionVersion(
    int Number,
    DateTimeOffset SubmittedAt,
    ResourceSubmission? Resource,
    NominationSubmission? Nomination,
    AttachmentInfo? Attachment = null);

/// <summary>The document attached to a resource version; its bytes and text are stored beside the record.</summary>
public sealed record AttachmentInfo(string FileName, string Kind, long Length, string Sha256, int TextLength);

/// <summary>A board decision; the reason is shown to the submitter, the reviewer's name is not.</summary>
public sealed record ReviewDecision(
    string Decision,
    string Reason,
    string Reviewer,
    DateTimeOffset DecidedAt,
    int Version = 1);
