using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Index;

/// <summary>The analysis chain shared by indexing and querying; both sides must use the same one.</summary>
internal static class IndexAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Language-neutral analysis: Unicode word segmentation and lower-casing, no stop words (a stop
    /// list of one language would drop meaningful words of another).
    /// </summary>
    public static Analyzer CreateAnalyzer() => new StandardAnalyzer(Version, CharArraySet.Empty);
}
