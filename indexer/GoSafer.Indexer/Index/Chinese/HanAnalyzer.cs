using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;

namespace GoSafer.Indexer.Index.Chinese;

/// <summary>SmartChineseAnalyzer's chain (Porter stemming, its stop words) with <see cref="HanTokenizer"/> in place of its tokenizer.</summary>
internal sealed class HanAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new HanTokenizer(reader);
        TokenStream stream = new PorterStemFilter(source);
        stream = new StopFilter(IndexAnalysis.Version, stream, SmartChineseAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(source, stream);
    }
}
