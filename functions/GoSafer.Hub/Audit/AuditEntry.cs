using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GoSafer.Hub.Audit;

/// <summary>
/// One audit entry. <see cref="Hash"/> covers every other field and the previous entry's hash, so
/// changing, removing or reordering any entry breaks the chain from there on. Entries name
/// submissions by ID and board members by their sign-in name; never contacts or nominees.
/// </summary>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset At,
    string Action,
    string Subject,
    string Actor,
    string? Detail,
    string PreviousHash,
    string Hash)
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string ComputeHash(long sequence, DateTimeOffset at, string action, string subject, string actor, string? detail, string previousHash)
    {
        var canonical = string.Join('\u001f',
            sequence.ToString(CultureInfo.InvariantCulture), at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            action, subject, actor, detail ?? "", previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public bool IsSelfConsistent => Hash == ComputeHash(Sequence, At, Action, Subject, Actor, Detail, PreviousHash);
}

public static class AuditActions
{
    public const string Intake = "intake";
    public const string Resubmission = "resubmission";
    public const string Decision = "decision";
    public const string ConflictDeclared = "conflict-declared";
    public const string Publication = "publication";
    public const string Withdrawal = "withdrawal";
    public const string Erasure = "erasure";
}

/// <summary>The verdict of <c>GET /api/review/audit/verify</c>.</summary>
public sealed record AuditVerification(bool Intact, long Entries, long? FirstBrokenSequence);
