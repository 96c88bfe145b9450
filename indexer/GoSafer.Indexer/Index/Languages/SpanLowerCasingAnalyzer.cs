using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;

namespace GoSafer.Indexer.Index.Languages;

/// <summary>
/// A stock Lucene.Net language chain (standard tokenizer, the filters before lower-casing,
/// lower-casing, the filters after it) with <see cref="SpanLowerCaseFilter"/> doing the
/// lower-casing: the same tokens, with the lower-casing whose cost the project tunes in one place
/// instead of Lucene.Net's LowerCaseFilter (an invariant-culture call and a copy per term).
/// </summary>
internal sealed class SpanLowerCasingAnalyzer(
    Func<TokenStream, TokenStream> beforeLowerCasing,
    Func<TokenStream, TokenStream> afterLowerCasing) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(IndexAnalysis.Version, reader);
        return new TokenStreamComponents(source, afterLowerCasing(new SpanLowerCaseFilter(beforeLowerCasing(source))));
    }
}
