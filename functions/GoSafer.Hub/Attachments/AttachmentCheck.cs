using System.Diagnostics.CodeAnalysis;

namespace GoSafer.Hub.Attachments;

/// <summary>
/// What the bytes of an attachment are: exactly one of <see cref="Kind"/> (accepted) or
/// <see cref="Refusal"/> (a sentence for the submitter saying what the file looks like and what to
/// attach instead) is set.
/// </summary>
public sealed record AttachmentCheck(AttachmentKind? Kind, string? Refusal)
{
    [MemberNotNullWhen(true, nameof(Kind))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsAccepted => Kind is not null;

    public static AttachmentCheck Accepted(AttachmentKind kind) => new(kind, null);

    public static AttachmentCheck Refused(string refusal) => new(null, refusal);
}
