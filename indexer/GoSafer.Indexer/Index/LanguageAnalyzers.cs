using System.Collections.Frozen;
using GoSafer.Indexer.Index.Languages;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Bg;
using Lucene.Net.Analysis.Ca;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Cz;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.El;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Eu;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Fi;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Ga;
using Lucene.Net.Analysis.Gl;
using Lucene.Net.Analysis.Hi;
using Lucene.Net.Analysis.Hu;
using Lucene.Net.Analysis.Hy;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Lv;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.No;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Ro;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Tr;
using Lucene.Net.Analysis.Util;

namespace GoSafer.Indexer.Index;

/// <summary>
/// The analyzer of each language Lucene.Net.Analysis.Common covers (stemming and stop words of
/// that language), SmartCn for the Han text of Chinese (<see cref="ChineseAnalyzer"/>) and CJK bigrams for Japanese and Korean. Languages not
/// listed are searched through the language-neutral fields only.
/// Arabic, English, French, Russian and Spanish use the stock chains rebuilt with
/// <see cref="SpanLowerCaseFilter"/> (<see cref="UnLanguageAnalyzers"/>): the same tokens, lower-cased
/// by the project's filter instead of Lucene.Net's LowerCaseFilter, which took a tenth of query time
/// and a seventh of indexing time in a profile. The other languages keep the stock analyzers.
/// </summary>
internal static class LanguageAnalyzers
{
    private const Lucene.Net.Util.LuceneVersion V = IndexAnalysis.Version;

    private static readonly FrozenDictionary<string, Func<Analyzer>> Factories = new Dictionary<string, Func<Analyzer>>
    {
        ["ar"] = UnLanguageAnalyzers.Arabic,
        ["bg"] = () => new BulgarianAnalyzer(V),
        ["ca"] = () => new CatalanAnalyzer(V),
        ["cs"] = () => new CzechAnalyzer(V),
        ["da"] = () => new DanishAnalyzer(V),
        ["de"] = () => new GermanAnalyzer(V),
        ["el"] = () => new GreekAnalyzer(V),
        ["en"] = UnLanguageAnalyzers.English,
        ["es"] = UnLanguageAnalyzers.Spanish,
        ["eu"] = () => new BasqueAnalyzer(V),
        ["fa"] = () => new PersianAnalyzer(V),
        ["fi"] = () => new FinnishAnalyzer(V),
        ["fr"] = UnLanguageAnalyzers.French,
        ["ga"] = () => new IrishAnalyzer(V),
        ["gl"] = () => new GalicianAnalyzer(V),
        ["hi"] = () => new HindiAnalyzer(V),
        ["hu"] = () => new HungarianAnalyzer(V),
        ["hy"] = () => new ArmenianAnalyzer(V),
        ["id"] = () => new IndonesianAnalyzer(V),
        ["it"] = () => new ItalianAnalyzer(V),
        ["ja"] = () => new CJKAnalyzer(V),
        ["ko"] = () => new CJKAnalyzer(V),
        ["lv"] = () => new LatvianAnalyzer(V),
        ["nl"] = () => new DutchAnalyzer(V),
        ["no"] = () => new NorwegianAnalyzer(V),
        ["pt"] = () => new PortugueseAnalyzer(V),
        ["ro"] = () => new RomanianAnalyzer(V),
        ["ru"] = UnLanguageAnalyzers.Russian,
        ["sv"] = () => new SwedishAnalyzer(V),
        ["tr"] = () => new TurkishAnalyzer(V),
        ["zh"] = () => new ChineseAnalyzer(),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<string> Languages => Factories.Keys;

    public static bool Covers(string language) => Factories.ContainsKey(language);

    public static Analyzer Create(string language) => Factories[language]();

    /// <summary>
    /// Stop words of the six UN languages: a query word in this set is optional, so "the grooming"
    /// does not require "the" in resources of other languages.
    /// </summary>
    public static CharArraySet QueryStopWords { get; } = BuildStopWords();

    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(V, 1000, ignoreCase: true);
        foreach (var stop in new[]
                 {
                     StopAnalyzer.ENGLISH_STOP_WORDS_SET, FrenchAnalyzer.DefaultStopSet, SpanishAnalyzer.DefaultStopSet,
                     RussianAnalyzer.DefaultStopSet, ArabicAnalyzer.DefaultStopSet,
                 })
        {
            set.UnionWith(stop);
        }

        return set;
    }
}
