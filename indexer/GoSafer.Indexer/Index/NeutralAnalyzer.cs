using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace GoSafer.Indexer.Index;

/// <summary>
/// The language-neutral chain for fields every resource has: Unicode word segmentation,
/// lower-casing and accent folding (so "harcelement" finds "harcèlement"), no stop words and no
/// stemming (both are language-specific). Han characters become one token each, so phrase
/// queries over them behave as substring matches.
/// </summary>
internal sealed class NeutralAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(IndexAnalysis.Version, reader);
        TokenStream stream = new SpanLowerCaseFilter(source);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
