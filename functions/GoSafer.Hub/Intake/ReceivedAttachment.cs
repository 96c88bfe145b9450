using GoSafer.Hub.Submissions;

namespace GoSafer.Hub.Intake;

/// <summary>An accepted attachment of a request: its bytes, the text extracted from them and their description.</summary>
public sealed record ReceivedAttachment(byte[] Bytes, string Text, AttachmentInfo Info);
