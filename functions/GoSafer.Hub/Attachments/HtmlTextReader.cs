using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GoSafer.Hub.Attachments;

/// <summary>
/// The readable text of an HTML page through AngleSharp's parser alone: no browsing context, so no
/// script runs and no resource (image, style sheet, frame) is fetched. Script, style and other
/// non-text elements are skipped; block elements become line breaks.
/// </summary>
internal static class HtmlTextReader
{
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "audio", "video", "select", "datalist",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "tfoot", "thead", "tr", "ul",
    };

    public static void Read(string html, ExtractedTextBuilder text, CancellationToken cancellationToken)
    {
        // The parser's default maximum depth keeps absurdly nested markup flat, but building it is
        // still quadratic; only the asynchronous entry point observes the token while it parses.
        // It completes without ever yielding to I/O (the source is a string and no browsing context
        // can load anything), so waiting on it here blocks nothing else.
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, SkipComments = true });
        using var document = parser.ParseDocumentAsync(html, cancellationToken).GetAwaiter().GetResult();

        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            text.Append(document.Title);
            text.AppendBlankLine();
        }

        if (document.Body is { } body)
        {
            Walk(body, text, cancellationToken);
        }
    }

    /// <summary>Depth-first in document order with an explicit stack, so no nesting depth can overflow the call stack.</summary>
    private static void Walk(IElement root, ExtractedTextBuilder text, CancellationToken cancellationToken)
    {
        var pending = new Stack<(INode Node, bool Leaving)>();
        pending.Push((root, false));
        var preformatted = 0;
        var visited = 0;
        while (pending.Count > 0 && !text.IsFull)
        {
            if (++visited % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (node, leaving) = pending.Pop();
            if (node is IText textNode)
            {
                // Outside <pre>, a line break in the source is just a space between words.
                text.Append(textNode.Data, lineBreaksAreSpaces: preformatted == 0);
                continue;
            }

            if (node is not IElement element || SkippedElements.Contains(element.LocalName))
            {
                continue;
            }

            var isPre = element.LocalName.Equals("pre", StringComparison.OrdinalIgnoreCase);
            if (leaving)
            {
                preformatted -= isPre ? 1 : 0;
                EndElement(element, text);
                continue;
            }

            preformatted += isPre ? 1 : 0;
            if (BlockElements.Contains(element.LocalName))
            {
                text.AppendLineBreak();
            }

            pending.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                pending.Push((child, false));
            }
        }
    }

    private static void EndElement(IElement element, ExtractedTextBuilder text)
    {
        if (BlockElements.Contains(element.LocalName))
        {
            text.AppendLineBreak();
        }
        else if (element.LocalName is "td" or "th")
        {
            text.AppendSpace();
        }
    }
}
