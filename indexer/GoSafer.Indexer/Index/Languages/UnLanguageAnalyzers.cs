using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace GoSafer.Indexer.Index.Languages;

/// <summary>
/// The chains of Lucene.Net's stock analyzers of the UN languages with a Lucene.Net analyzer
/// (Chinese has its own, <see cref="ChineseAnalyzer"/>), filter for filter as they are built at
/// <see cref="IndexAnalysis.Version"/>, with the stock stop sets; only the lower-casing differs
/// (<see cref="SpanLowerCasingAnalyzer"/>). The tokens must stay identical to the stock ones, or an
/// index built with one would not match queries analysed with the other: a test compares them token by
/// token on the Universal Declaration of Human Rights and on edge cases.
/// </summary>
internal static class UnLanguageAnalyzers
{
    private const Lucene.Net.Util.LuceneVersion V = IndexAnalysis.Version;

    /// <summary><see cref="ArabicAnalyzer"/>: stop words before normalisation, as the stop list is not normalised.</summary>
    public static Analyzer Arabic() => new SpanLowerCasingAnalyzer(
        source => source,
        lower => new ArabicStemFilter(new ArabicNormalizationFilter(new StopFilter(V, lower, ArabicAnalyzer.DefaultStopSet))));

    /// <summary><see cref="EnglishAnalyzer"/>: possessive "'s" removed before lower-casing, Porter stemming.</summary>
    public static Analyzer English() => new SpanLowerCasingAnalyzer(
        source => new EnglishPossessiveFilter(V, new StandardFilter(V, source)),
        lower => new PorterStemFilter(new StopFilter(V, lower, EnglishAnalyzer.DefaultStopSet)));

    /// <summary><see cref="FrenchAnalyzer"/>: elision of "l'", "qu'"… in any case before lower-casing, light stemming.</summary>
    public static Analyzer French() => new SpanLowerCasingAnalyzer(
        source => new ElisionFilter(new StandardFilter(V, source), FrenchAnalyzer.DEFAULT_ARTICLES),
        lower => new FrenchLightStemFilter(new StopFilter(V, lower, FrenchAnalyzer.DefaultStopSet)));

    /// <summary><see cref="RussianAnalyzer"/>: Snowball stemming.</summary>
    public static Analyzer Russian() => new SpanLowerCasingAnalyzer(
        source => new StandardFilter(V, source),
        lower => new SnowballFilter(new StopFilter(V, lower, RussianAnalyzer.DefaultStopSet), new RussianStemmer()));

    /// <summary><see cref="SpanishAnalyzer"/>: light stemming.</summary>
    public static Analyzer Spanish() => new SpanLowerCasingAnalyzer(
        source => new StandardFilter(V, source),
        lower => new SpanishLightStemFilter(new StopFilter(V, lower, SpanishAnalyzer.DefaultStopSet)));
}
