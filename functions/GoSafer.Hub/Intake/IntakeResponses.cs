namespace GoSafer.Hub.Intake;

/// <summary>The 202 answer to a submission. The receipt is shown once; keep it to follow the submission.</summary>
public sealed record SubmissionAccepted(string Id, string Status, string Receipt, string StatusUrl);

/// <summary>What a submitter sees with their receipt: no personal data, no reviewer names.</summary>
public sealed record SubmissionStatusView(
    string Id,
    string Kind,
    string Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    string? Title,
    int Versions,
    IReadOnlyList<FeedbackView> Feedback);

public sealed record FeedbackView(string Decision, string Reason, DateTimeOffset DecidedAt);

/// <summary>The 202 answer to a new version of a submission.</summary>
public sealed record VersionAccepted(string Id, string Status, int Version);
