using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GoSafer.Indexer.Index;

/// <summary>
/// Passes each term of a stream once: its first occurrence. For a field that records only which
/// documents hold a term (<c>DOCS_ONLY</c>), later occurrences change nothing in the index but
/// each still costs the writer a look-up in its term table. Writer-side only: a snippet cut from the
/// same analysis needs every occurrence.
/// </summary>
internal sealed class DistinctTermsFilter(TokenStream input) : TokenFilter(input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public override bool IncrementToken()
    {
        var seen = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
        while (m_input.IncrementToken())
        {
            if (seen.Add(_term.Buffer.AsSpan(0, _term.Length)))
            {
                return true;
            }
        }

        return false;
    }

    public override void End()
    {
        base.End();
        Forget();
    }

    public override void Reset()
    {
        base.Reset();
        Forget();
    }

    // The filter lives as long as its thread's analyzer: a long attachment's terms are not kept
    // until the next text, nor the room they took.
    private void Forget()
    {
        var large = _seen.Count > 4096;
        _seen.Clear();
        if (large)
        {
            _seen.TrimExcess();
        }
    }
}
