using GoSafer.Hub.Submissions;

namespace GoSafer.Hub.Review;

/// <summary>A queue row. Board members see personal data (they review it); the public never does.</summary>
public sealed record QueueItem(
    string Id,
    string Kind,
    string Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    string Summary,
    int Versions,
    int Decisions);

public sealed record QueuePage(int Total, int Page, int PageSize, IReadOnlyList<QueueItem> Items);

/// <summary>One item with its versions, decisions and conflict declarations (no receipt hash).</summary>
public sealed record ReviewItem(
    string Id,
    string Kind,
    string Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<SubmissionVersion> Versions,
    IReadOnlyList<ReviewDecision> Decisions,
    IReadOnlyList<string> ConflictsDeclaredBy);

/// <summary>An approved expert on the board's roster (not public).</summary>
public sealed record RosterEntry(
    string Id,
    string Name,
    string Affiliation,
    string? Country,
    string Role,
    IReadOnlyList<string> Expertise,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Regions,
    DateTimeOffset ApprovedAt);
