using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GoSafer.Indexer.Index;

/// <summary>
/// Lower-cases each term in place through a table of the invariant lower case of every character of
/// the Basic Multilingual Plane, built once with a single invariant-culture call. Lucene.Net's
/// LowerCaseFilter (and a per-term invariant call) goes to ICU for every term with a non-ASCII
/// letter, which was about 15 % of indexing time and most of the lower-casing cost of Arabic and
/// Russian text. Invariant lower-casing maps each code point on its own, so the table gives the
/// same terms; a term with a surrogate pair takes the per-term call. A test compares every
/// character of the plane with LowerCaseFilter.
/// </summary>
internal sealed class SpanLowerCaseFilter(TokenStream input) : TokenFilter(input)
{
    private static readonly char[] Lower = BuildTable();

    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer.AsSpan(0, _term.Length);
        var lower = Lower;
        for (var i = 0; i < buffer.Length; i++)
        {
            var c = buffer[i];
            if (char.IsSurrogate(c))
            {
                LowerWithSurrogates(buffer[i..]);
                break;
            }

            buffer[i] = lower[c];
        }

        return true;
    }

    private static void LowerWithSurrogates(Span<char> rest)
    {
        Span<char> source = rest.Length <= 128 ? stackalloc char[rest.Length] : new char[rest.Length];
        rest.CopyTo(source);
        ((ReadOnlySpan<char>)source).ToLowerInvariant(rest);
    }

    private static char[] BuildTable()
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
