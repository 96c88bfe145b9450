namespace GoSafer.Hub.Attachments;

/// <summary>
/// Tells HTML from plain text (and from SVG and other XML, which are refused) by how the text
/// begins: the way a browser sniffs an unlabelled resource, not by searching the whole body, so a
/// plain-text guide that mentions <c>&lt;p&gt;</c> stays plain text.
/// </summary>
internal static class TextKindClassifier
{
    /// <summary>How much of the start is examined; markup that begins later does not make a file HTML.</summary>
    public const int HeadBytes = 4096;

    private const int HtmlMarkerWindow = 1024;

    /// <summary>Elements that a hand-written or exported HTML fragment plausibly opens with.</summary>
    private static readonly HashSet<string> HtmlOpeningElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "body", "title", "meta", "link", "base", "style", "script", "noscript",
        "p", "div", "span", "a", "b", "i", "em", "strong", "br", "hr", "img", "font", "center",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "main", "nav", "section", "article",
        "aside", "table", "ul", "ol", "dl", "blockquote", "pre", "form", "figure", "iframe",
    };

    public static AttachmentCheck Classify(string head)
    {
        var text = head.AsSpan().TrimStart();
        if (text.StartsWith("#!", StringComparison.Ordinal))
        {
            return Refuse(new("a script (it starts with #!)", FormatFamily.Program));
        }

        var sawXmlDeclaration = false;
        while (true)
        {
            if (text.StartsWith("<?", StringComparison.Ordinal))
            {
                sawXmlDeclaration |= text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase);
                if (!TrySkipPast(ref text, "?>"))
                {
                    break;
                }
            }
            else if (text.StartsWith("<!--", StringComparison.Ordinal))
            {
                if (!TrySkipPast(ref text, "-->"))
                {
                    break;
                }
            }
            else
            {
                break;
            }

            text = text.TrimStart();
        }

        if (text.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase))
        {
            var name = ElementName(text["<!doctype".Length..].TrimStart());
            return name.Equals("html", StringComparison.OrdinalIgnoreCase) ? AttachmentCheck.Accepted(AttachmentKind.Html)
                : name.Equals("svg", StringComparison.OrdinalIgnoreCase) ? RefuseSvg()
                : RefuseXml();
        }

        if (text.StartsWith("<", StringComparison.Ordinal))
        {
            var name = ElementName(text[1..]);
            var localName = name[(name.IndexOf(':') + 1)..];
            if (localName.Equals("svg", StringComparison.OrdinalIgnoreCase))
            {
                return RefuseSvg();
            }

            if (HtmlOpeningElements.Contains(localName.ToString()))
            {
                return AttachmentCheck.Accepted(AttachmentKind.Html);
            }

            if (sawXmlDeclaration && !name.IsEmpty)
            {
                return RefuseXml();
            }
        }

        var window = head.AsSpan(0, Math.Min(head.Length, HtmlMarkerWindow));
        return window.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase) || window.Contains("<html", StringComparison.OrdinalIgnoreCase)
            ? AttachmentCheck.Accepted(AttachmentKind.Html)
            : AttachmentCheck.Accepted(AttachmentKind.PlainText);
    }

    private static bool TrySkipPast(ref ReadOnlySpan<char> text, string end)
    {
        var at = text.IndexOf(end, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        text = text[(at + end.Length)..];
        return true;
    }

    /// <summary>The XML/HTML name at the start of <paramref name="text"/> (letters, digits, '-', '_', '.', ':').</summary>
    private static ReadOnlySpan<char> ElementName(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && (char.IsLetterOrDigit(text[length]) || text[length] is '-' or '_' or '.' or ':'))
        {
            length++;
        }

        return text[..length];
    }

    /// <summary>SVG is an image, and one that can carry script: refused even though it is text.</summary>
    private static AttachmentCheck RefuseSvg() => Refuse(new("an SVG image", FormatFamily.Image));

    private static AttachmentCheck RefuseXml() => Refuse(new("an XML data file, not an HTML or text document", FormatFamily.UnsupportedDocument));

    private static AttachmentCheck Refuse(RecognisedFormat format) => AttachmentCheck.Refused(AttachmentRefusals.For(format));
}
