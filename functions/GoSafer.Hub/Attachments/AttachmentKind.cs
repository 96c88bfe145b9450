namespace GoSafer.Hub.Attachments;

/// <summary>The document types a resource may carry; anything else is refused at intake.</summary>
public enum AttachmentKind
{
    Pdf,
    Docx,
    Html,
    PlainText,
}
