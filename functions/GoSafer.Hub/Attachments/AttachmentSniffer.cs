namespace GoSafer.Hub.Attachments;

/// <summary>
/// Decides an attachment's kind from its bytes alone; the file name and the declared content type
/// are never consulted, so a PNG renamed to <c>.pdf</c> is still a PNG.
/// </summary>
public static class AttachmentSniffer
{
    public static AttachmentCheck Inspect(ReadOnlyMemory<byte> content)
    {
        var bytes = content.Span;
        if (bytes.IsEmpty)
        {
            return AttachmentCheck.Refused(AttachmentRefusals.Empty);
        }

        if (bytes.Length > AttachmentLimits.MaxBytes)
        {
            return AttachmentCheck.Refused(AttachmentRefusals.TooLarge);
        }

        if (IsPdf(bytes))
        {
            return AttachmentCheck.Accepted(AttachmentKind.Pdf);
        }

        if (ZipContainerInspector.LooksLikeZip(bytes))
        {
            return ZipContainerInspector.Inspect(content);
        }

        // Text with a byte order mark is decided as text: a UTF-16 BOM would pass for an MPEG frame.
        if (!UnicodeText.HasByteOrderMark(bytes) && BinarySignatures.Recognise(bytes) is { } format)
        {
            return AttachmentCheck.Refused(AttachmentRefusals.For(format));
        }

        if (!UnicodeText.IsText(bytes, out var binary))
        {
            return AttachmentCheck.Refused(binary ? AttachmentRefusals.UnrecognisedBinary : AttachmentRefusals.NotUnicodeText);
        }

        return TextKindClassifier.Classify(UnicodeText.DecodeHead(bytes, TextKindClassifier.HeadBytes));
    }

    /// <summary>
    /// "%PDF-" at the very start, after at most a UTF-8 byte order mark and ASCII whitespace. Readers
    /// tolerate junk before the header, but a submitted document has no reason to carry any.
    /// </summary>
    private static bool IsPdf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        return bytes.TrimStart(" \t\r\n\f"u8).StartsWith("%PDF-"u8);
    }
}
