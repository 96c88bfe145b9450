using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace GoSafer.Hub.Attachments;

/// <summary>
/// The one rule for what counts as text: UTF-8 (with or without a byte order mark), or UTF-16 or
/// UTF-32 with one, decoding without a single invalid sequence, and free of control characters
/// other than tab, line feed, carriage return and form feed. Anything else is binary or a legacy
/// encoding whose words would be indexed as mojibake.
/// </summary>
internal static class UnicodeText
{
    private static readonly SearchValues<byte> ForbiddenAsciiControls = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13,
         0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x7F]);

    /// <summary>True when the bytes open with a UTF-8, UTF-16 or UTF-32 byte order mark.</summary>
    public static bool HasByteOrderMark(ReadOnlySpan<byte> content)
    {
        EncodingOf(content, out var preambleLength);
        return preambleLength > 0;
    }

    /// <summary>Whether the bytes are text by the rule above; <paramref name="binary"/> tells binary data from a legacy encoding.</summary>
    public static bool IsText(ReadOnlySpan<byte> content, out bool binary)
    {
        var encoding = EncodingOf(content, out var preambleLength);
        var body = content[preambleLength..];
        if (encoding is UTF8Encoding)
        {
            binary = body.ContainsAny(ForbiddenAsciiControls) || ContainsC1Control(body);
            return !binary && Utf8.IsValid(body);
        }

        var text = TryDecode(content);
        binary = text is null || ContainsForbiddenControl(text);
        return !binary;
    }

    /// <summary>The decoded text without its byte order mark, or null when the bytes are not valid in their encoding.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> content)
    {
        var encoding = EncodingOf(content, out var preambleLength);
        try
        {
            return encoding.GetString(content[preambleLength..]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// The first characters of the text, decoded leniently (a character cut at the end becomes
    /// U+FFFD), for deciding what kind of text it is without decoding 20 MB twice.
    /// </summary>
    public static string DecodeHead(ReadOnlySpan<byte> content, int maxBytes)
    {
        var strict = EncodingOf(content, out var preambleLength);
        var lenient = Encoding.GetEncoding(strict.CodePage);
        var body = content[preambleLength..];
        return lenient.GetString(body[..Math.Min(body.Length, maxBytes)]);
    }

    private static Encoding EncodingOf(ReadOnlySpan<byte> content, out int preambleLength)
    {
        (Encoding encoding, preambleLength) = content switch
        {
            [0xEF, 0xBB, 0xBF, ..] => ((Encoding)new UTF8Encoding(false, true), 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            _ => (new UTF8Encoding(false, true), 0),
        };
        return encoding;
    }

    /// <summary>C1 controls (U+0080–U+009F) in UTF-8 are C2 80–C2 9F; real text has none, mis-decoded text does.</summary>
    private static bool ContainsC1Control(ReadOnlySpan<byte> utf8)
    {
        int at;
        while ((at = utf8.IndexOf((byte)0xC2)) >= 0 && at + 1 < utf8.Length)
        {
            if (utf8[at + 1] is >= 0x80 and <= 0x9F)
            {
                return true;
            }

            utf8 = utf8[(at + 1)..];
        }

        return false;
    }

    private static bool ContainsForbiddenControl(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                return true;
            }
        }

        return false;
    }
}
