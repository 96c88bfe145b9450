namespace GoSafer.Indexer.Tagging;

/// <summary>The writing system of a word; it decides which stemmer and stop list apply.</summary>
internal enum WordScript
{
    Latin,
    Cyrillic,
    Arabic,
    Cjk,
}

/// <summary>
/// Splits folded text (<see cref="TextNormalizer.Fold"/>) into words. Latin, Cyrillic and Arabic words are
/// runs of letters and digits; every CJK character is a word of its own, so multi-character Chinese terms
/// match as character sequences anywhere (Chinese has no spaces). Sentence and clause punctuation marks a
/// phrase break: a lexicon phrase never spans one. Hyphens, apostrophes, quotes and slashes do not, so
/// "self-harm" reads like "self harm" and "d'images" like "d images".
/// </summary>
internal ref struct WordScanner(ReadOnlySpan<char> folded)
{
    private readonly ReadOnlySpan<char> _text = folded;
    private int _position;

    /// <summary>
    /// Advances to the next word. <paramref name="breakBefore"/> tells whether punctuation separates it from
    /// the previous word; <paramref name="sentenceBefore"/> whether that punctuation ends a sentence.
    /// </summary>
    public bool Next(out int start, out int length, out WordScript script, out bool breakBefore, out bool sentenceBefore)
    {
        breakBefore = sentenceBefore = false;
        var i = _position;
        while (i < _text.Length && !IsWordChar(_text[i]))
        {
            breakBefore |= IsPhraseBreak(_text[i]);
            sentenceBefore |= _text[i] is '.' or '!' or '?' or ';' or '\u3002';
            i++;
        }

        if (i >= _text.Length)
        {
            _position = i;
            start = length = 0;
            script = WordScript.Latin;
            return false;
        }

        start = i;
        if (IsCjk(_text[i]))
        {
            script = WordScript.Cjk;
            _position = i + 1;
            length = 1;
            return true;
        }

        script = ScriptOf(_text[i]);
        while (i < _text.Length && IsWordChar(_text[i]) && !IsCjk(_text[i]))
        {
            i++;
        }

        _position = i;
        length = i - start;
        return true;
    }

    public static bool IsCjk(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF'
            or >= '\uF900' and <= '\uFAFF' or >= '\uAC00' and <= '\uD7AF';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static WordScript ScriptOf(char c) => c switch
    {
        >= '\u0400' and <= '\u052F' => WordScript.Cyrillic,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF' => WordScript.Arabic,
        _ => WordScript.Latin,
    };

    private static bool IsPhraseBreak(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '[' or ']'
        or '{' or '}' or '|' or '\u2026' or '\u3002' or '\u3001' or '\u30FB' or '\u00B7' or '\u2022';
}
