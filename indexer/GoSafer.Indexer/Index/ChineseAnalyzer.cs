using GoSafer.Indexer.Index.Chinese;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;

namespace GoSafer.Indexer.Index;

/// <summary>
/// The analysis of the Chinese fields: runs of Han text go to SmartCn's segmentation (through
/// <see cref="HanTokenizer"/>, SmartCn's model on faster tables, then SmartCn's Porter stemming and
/// stop words), everything else to the
/// standard tokenizer with lower-casing and Porter stemming (what SmartCn does to ASCII words).
/// SmartCn alone reads other scripts letter by letter ("Школа" → "Ш к о л а"), so in a
/// Chinese–Russian resource a Russian query word would match any run of its letters.
/// </summary>
internal sealed class ChineseAnalyzer : Analyzer
{
    private readonly HanAnalyzer _han = new();
    private readonly OtherScriptsAnalyzer _other = new();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new ScriptRunTokenizer(reader, fieldName, _han, _other));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _han.Dispose();
            _other.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class OtherScriptsAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(IndexAnalysis.Version, reader);
            return new TokenStreamComponents(source, new PorterStemFilter(new SpanLowerCaseFilter(source)));
        }
    }
}
