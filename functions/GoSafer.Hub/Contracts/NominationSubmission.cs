namespace GoSafer.Hub.Contracts;

/// <summary>
/// The body of <c>POST /api/nominations</c>. Everything about the nominee and nominator is personal
/// data: it never reaches search, exports, the index or logs.
/// </summary>
public sealed record NominationSubmission
{
    public required Nominee Nominee { get; init; }
    public required IReadOnlyList<string> Expertise { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<string> Regions { get; init; } = [];
    public required string Role { get; init; }
    public required string Statement { get; init; }
    public required Nominator Nominator { get; init; }
    public required bool Consent { get; init; }
    public string? ConflictsOfInterest { get; init; }
}

public sealed record Nominee(string Name, string Email, string Affiliation, string? Country);

public sealed record Nominator(string Name, string Email, string? Organization);

public static class NominationRoles
{
    public static IReadOnlyList<string> All { get; } = ["governance", "research", "both"];
}
