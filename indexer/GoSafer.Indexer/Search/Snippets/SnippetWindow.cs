namespace GoSafer.Indexer.Search.Snippets;

/// <summary>
/// Where a snippet's window may start and end in a text: between words (at white space, or beside
/// a CJK character, which has no spaces around it), never inside a surrogate pair.
/// </summary>
internal static class SnippetWindow
{
    /// <summary>Characters of text in a snippet (without its ellipses).</summary>
    public const int Width = 220;

    /// <summary>A match starting this close to the text's start is shown from the start.</summary>
    private const int EarlyMatch = Width / 3;

    /// <summary>Context kept before a match.</summary>
    private const int Lead = 40;

    /// <summary>
    /// The start of the window shown for a match at <paramref name="matchStart"/>: a little before
    /// it, at a word, or earlier when the text ends within a window of it. Nondecreasing in
    /// <paramref name="matchStart"/> and never after it.
    /// </summary>
    public static int StartFor(string text, int matchStart)
    {
        if (matchStart <= EarlyMatch)
        {
            return 0;
        }

        var from = Math.Min(matchStart - Lead, text.Length - Width);
        if (from <= 0)
        {
            return 0;
        }

        var start = from;
        while (start < matchStart && !IsBreak(text, start))
        {
            start++;
        }

        return start;
    }

    /// <summary>
    /// The end of a window starting at <paramref name="start"/>: the last word break at or before its
    /// full width that keeps <paramref name="keep"/> (the end of its last match) inside, else the full width.
    /// </summary>
    public static int EndFor(string text, int start, int keep)
    {
        var limit = start + Width;
        if (limit >= text.Length)
        {
            return text.Length;
        }

        var floor = Math.Max(keep, start + (Width / 2));
        for (var end = limit; end > floor; end--)
        {
            if (IsBreak(text, end))
            {
                return end;
            }
        }

        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }

    /// <summary>Whether a window may start or end between <c>text[at - 1]</c> and <c>text[at]</c>.</summary>
    private static bool IsBreak(string text, int at)
    {
        if (at <= 0 || at >= text.Length)
        {
            return true;
        }

        var before = text[at - 1];
        var after = text[at];
        return !char.IsLowSurrogate(after)
            && (char.IsWhiteSpace(before) || char.IsWhiteSpace(after) || IsCjk(before) || IsCjk(after));
    }

    /// <summary>CJK punctuation, kana, ideographs and Hangul of the basic plane.</summary>
    private static bool IsCjk(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF';
}
