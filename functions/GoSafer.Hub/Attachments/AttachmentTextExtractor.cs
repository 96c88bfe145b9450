namespace GoSafer.Hub.Attachments;

/// <summary>
/// Turns an accepted attachment into plain text for the index, normalised as
/// <see cref="ExtractedTextBuilder"/> describes and cut at
/// <see cref="AttachmentLimits.MaxExtractedChars"/>. Nothing in a document is executed, fetched
/// or rendered. Whatever goes wrong inside a parser on a malformed document surfaces as
/// <see cref="AttachmentUnreadableException"/>, never as a crash.
/// </summary>
public static class AttachmentTextExtractor
{
    /// <summary>
    /// The text of <paramref name="content"/>, read as <paramref name="kind"/> (from
    /// <see cref="AttachmentSniffer.Inspect"/>). Empty when the document has no text, such as a
    /// scanned PDF.
    /// </summary>
    /// <exception cref="AttachmentUnreadableException">
    /// The document is damaged, encrypted, beyond the limits, or took longer than
    /// <see cref="AttachmentLimits.MaxExtractionTime"/>.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static string Extract(ReadOnlyMemory<byte> content, AttachmentKind kind, CancellationToken cancellationToken = default) =>
        Extract(content, kind, AttachmentLimits.MaxExtractionTime, cancellationToken);

    /// <summary>As above with another time budget; tests use a short one.</summary>
    internal static string Extract(ReadOnlyMemory<byte> content, AttachmentKind kind, TimeSpan timeBudget, CancellationToken cancellationToken)
    {
        if (content.Length > AttachmentLimits.MaxBytes)
        {
            throw new AttachmentUnreadableException(AttachmentRefusals.TooLarge);
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(timeBudget);
        var text = new ExtractedTextBuilder();
        try
        {
            switch (kind)
            {
                case AttachmentKind.Pdf:
                    PdfTextReader.Read(content, text, budget.Token);
                    break;
                case AttachmentKind.Docx:
                    DocxTextReader.Read(content, text, budget.Token);
                    break;
                case AttachmentKind.Html:
                    HtmlTextReader.Read(Decode(content), text, budget.Token);
                    break;
                case AttachmentKind.PlainText:
                    text.Append(Decode(content));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an attachment kind.");
            }
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AttachmentUnreadableException("The document is too complex to read in reasonable time.", e);
        }
        catch (Exception e) when (e is not (AttachmentUnreadableException or OperationCanceledException or ArgumentOutOfRangeException))
        {
            // Parsers fail on hostile input in every way (format, index, null, out-of-memory on
            // a forged length); each is the document's fault, not the hub's.
            throw new AttachmentUnreadableException(UnreadableMessage(kind), e);
        }

        return text.ToString();
    }

    private static string Decode(ReadOnlyMemory<byte> content) =>
        UnicodeText.TryDecode(content.Span)
        ?? throw new AttachmentUnreadableException("The text is not valid UTF-8 or UTF-16. Save it as UTF-8.");

    private static string UnreadableMessage(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "The PDF is damaged and its text cannot be read. Save or export it again and re-attach it.",
        AttachmentKind.Docx => "The DOCX is damaged and its text cannot be read. Save it again in Word or another editor and re-attach it.",
        _ => "The document's text cannot be read.",
    };
}
