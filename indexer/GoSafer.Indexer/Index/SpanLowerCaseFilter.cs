using GoSafer.Indexer.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GoSafer.Indexer.Index;

/// <summary>
/// Lower-cases each term in place through <see cref="InvariantLowerCase"/>'s table. Lucene.Net's
/// LowerCaseFilter (and a per-term invariant call) goes to ICU for every term with a non-ASCII
/// letter, which was about 15 % of indexing time and most of the lower-casing cost of Arabic and
/// Russian text. A test compares every character of the plane with LowerCaseFilter.
/// </summary>
internal sealed class SpanLowerCaseFilter(TokenStream input) : TokenFilter(input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        InvariantLowerCase.InPlace(_term.Buffer.AsSpan(0, _term.Length));
        return true;
    }
}
