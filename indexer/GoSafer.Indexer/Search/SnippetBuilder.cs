using GoSafer.Indexer.Search.Snippets;

namespace GoSafer.Indexer.Search;

/// <summary>
/// Turns a window of a description into a snippet: the text between word breaks, "…" where the
/// description goes on, and the ranges of the matches inside the window, in the snippet's own
/// offsets. Nothing is inserted into the text, so it stays exactly the description's characters.
/// </summary>
internal static class SnippetBuilder
{
    private const string Ellipsis = "…";

    /// <summary>The snippet of the window starting at <paramref name="start"/>.</summary>
    /// <param name="matches">The text's matches in offset order; those wholly inside the window are highlighted.</param>
    public static HitSnippet Cut(string text, int start, IReadOnlyList<TermMatch> matches)
    {
        var keep = start;
        foreach (var match in matches)
        {
            if (match.Start >= start && match.End <= start + SnippetWindow.Width)
            {
                keep = Math.Max(keep, match.End);
            }
        }

        var end = SnippetWindow.EndFor(text, start, keep);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var before = !text.AsSpan(0, start).IsWhiteSpace();
        var after = !text.AsSpan(end).IsWhiteSpace();
        var shift = before ? 1 : 0;
        var highlights = new List<int[]>();
        var lastEnd = -1;
        foreach (var match in matches)
        {
            if (match.Start < start || match.End > end)
            {
                continue;
            }

            if (match.Start < lastEnd)
            {
                // Overlapping tokens (a word and a part of it) make one range.
                var last = highlights[^1];
                lastEnd = Math.Max(lastEnd, match.End);
                last[1] = lastEnd - start + shift - last[0];
                continue;
            }

            highlights.Add([match.Start - start + shift, match.End - match.Start]);
            lastEnd = match.End;
        }

        var snippet = string.Concat(
            (before ? Ellipsis : "").AsSpan(),
            text.AsSpan(start, end - start),
            (after ? Ellipsis : "").AsSpan());
        return new HitSnippet(snippet, highlights);
    }

    /// <summary>The snippet of a resource without highlights: the start of its description.</summary>
    public static HitSnippet Plain(string text) => new(Lead(text), []);

    private static string Lead(string text)
    {
        if (text.Length <= SnippetWindow.Width)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', SnippetWindow.Width);
        if (cut <= SnippetWindow.Width / 2)
        {
            cut = char.IsHighSurrogate(text[SnippetWindow.Width - 1]) ? SnippetWindow.Width - 1 : SnippetWindow.Width;
        }

        return text[..cut] + Ellipsis;
    }
}
