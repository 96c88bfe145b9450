using System.Text;

namespace GoSafer.Hub.Attachments;

/// <summary>
/// Accumulates extracted text already normalised, so its length is the final length and producers
/// can stop as soon as the cap is reached. Invariants of <see cref="ToString"/>: no control
/// characters other than '\n'; no space at either end of a line; runs of whitespace within a line
/// are one space; at most one blank line in a row; nothing at either end of the text; invalid
/// UTF-16 replaced by U+FFFD; NFC; at most <see cref="AttachmentLimits.MaxExtractedChars"/> chars.
/// </summary>
internal sealed class ExtractedTextBuilder(int maxChars = AttachmentLimits.MaxExtractedChars)
{
    private readonly StringBuilder text = new();
    private bool pendingSpace;
    private int pendingLineBreaks;
    private bool lastWasCarriageReturn;

    /// <summary>The cap is reached: whatever is appended from now on is dropped.</summary>
    public bool IsFull { get; private set; }

    /// <summary>Appends text; with <paramref name="lineBreaksAreSpaces"/> its line breaks only separate words (HTML source).</summary>
    public void Append(ReadOnlySpan<char> chunk, bool lineBreaksAreSpaces = false)
    {
        foreach (var rune in chunk.EnumerateRunes())
        {
            if (IsFull)
            {
                return;
            }

            Append(lineBreaksAreSpaces && IsLineBreak(rune) ? new Rune(' ') : rune);
        }
    }

    /// <summary>Ends the line (a paragraph, a table row) unless it is already ended; never adds a blank line.</summary>
    public void AppendLineBreak() => EndLine(1);

    /// <summary>Ends a block (a page, a section) with one blank line.</summary>
    public void AppendBlankLine() => EndLine(2);

    /// <summary>Separates words that sit in separate nodes (table cells, inline elements).</summary>
    public void AppendSpace() => Append(new Rune(' '));

    public override string ToString()
    {
        var normalised = text.ToString().Normalize(NormalizationForm.FormC);
        return normalised.Length <= maxChars ? normalised : Cut(normalised, maxChars);
    }

    private void Append(Rune rune)
    {
        var wasCarriageReturn = lastWasCarriageReturn;
        lastWasCarriageReturn = rune.Value == '\r';
        if (rune.Value == '\n' && wasCarriageReturn)
        {
            return;
        }

        if (IsLineBreak(rune))
        {
            // Line breaks inside the text count up: two or more leave a blank line.
            EndLine(Math.Min(pendingLineBreaks + 1, 2));
            lastWasCarriageReturn = rune.Value == '\r';
            return;
        }

        if (Rune.IsWhiteSpace(rune))
        {
            pendingSpace = true;
            return;
        }

        // Controls carry no words; U+FEFF is a byte order mark or zero-width no-break space.
        if (Rune.IsControl(rune) || rune.Value == 0xFEFF)
        {
            return;
        }

        var separator = text.Length == 0 ? ReadOnlySpan<char>.Empty
            : pendingLineBreaks > 1 ? "\n\n"
            : pendingLineBreaks == 1 ? "\n"
            : pendingSpace ? " "
            : ReadOnlySpan<char>.Empty;
        if (text.Length + separator.Length + rune.Utf16SequenceLength > maxChars)
        {
            IsFull = true;
            return;
        }

        text.Append(separator);
        Span<char> utf16 = stackalloc char[2];
        text.Append(utf16[..rune.EncodeToUtf16(utf16)]);
        pendingSpace = false;
        pendingLineBreaks = 0;
    }

    private void EndLine(int lineBreaks)
    {
        pendingSpace = false;
        pendingLineBreaks = Math.Max(pendingLineBreaks, lineBreaks);
        lastWasCarriageReturn = false;
    }

    private static bool IsLineBreak(Rune rune) => rune.Value is '\n' or '\r' or '\f' or '\v' or 0x85 or 0x2028 or 0x2029;

    /// <summary>Cuts to at most <paramref name="length"/> chars without splitting a surrogate pair.</summary>
    private static string Cut(string value, int length) =>
        char.IsHighSurrogate(value[length - 1]) ? value[..(length - 1)] : value[..length];
}
