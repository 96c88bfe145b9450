using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;

namespace GoSafer.Indexer.Index.Languages;

/// <summary>
/// A stock Lucene.Net language chain (standard tokenizer, the filters before lower-casing,
/// lower-casing, the filters after it) with <see cref="SpanLowerCaseFilter"/> doing the
/// lower-casing: the same tokens, without the stock filter's casing call per code point.
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
