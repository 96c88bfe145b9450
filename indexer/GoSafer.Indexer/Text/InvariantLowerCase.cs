namespace GoSafer.Indexer.Text;

/// <summary>
/// The invariant-culture lower case of every UTF-16 code unit, built once with a single call.
/// Invariant lower-casing maps each code point on its own, so a table lookup gives what
/// <c>char.ToLowerInvariant</c> gives, without its per-character trip through the culture casing
/// code (which was a third of language detection and most of the lower-casing of Arabic and
/// Russian terms). Surrogates map to themselves: a pair must be lower-cased as a whole.
/// </summary>
internal static class InvariantLowerCase
{
    private static readonly char[] Table = Build();

    public static char Of(char c) => Table[c];

    /// <summary>Lower-cases <paramref name="text"/> in place.</summary>
    public static void InPlace(Span<char> text)
    {
        var table = Table;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]))
            {
                WithSurrogates(text[i..]);
                return;
            }

            text[i] = table[text[i]];
        }
    }

    private static void WithSurrogates(Span<char> rest)
    {
        Span<char> source = rest.Length <= 128 ? stackalloc char[rest.Length] : new char[rest.Length];
        rest.CopyTo(source);
        ((ReadOnlySpan<char>)source).ToLowerInvariant(rest);
    }

    private static char[] Build()
    {
        var characters = new char[char.MaxValue + 1];
        for (var c = 0; c < characters.Length; c++)
        {
            characters[c] = char.IsSurrogate((char)c) ? ' ' : (char)c;
        }

        var lower = new char[characters.Length];
        ((ReadOnlySpan<char>)characters).ToLowerInvariant(lower);
        for (var c = 0xD800; c <= 0xDFFF; c++)
        {
            lower[c] = (char)c;
        }

        return lower;
    }
}
