using System.Globalization;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Tests.Language;
using GoSafer.Testing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.TokenAttributes;

namespace GoSafer.Indexer.Tests.Index;

/// <summary>
/// The analyzers of the five UN languages rebuilt around <see cref="SpanLowerCaseFilter"/> must give
/// exactly the tokens of Lucene.Net's stock analyzers, or an index built before the switch would not
/// match queries analysed after it. Each text is analysed as its own value by one analyzer, whose
/// components are reused from text to text as they are for documents and queries.
/// </summary>
public sealed class LanguageAnalyzerParityTests
{
    private static readonly Lazy<UdhrCorpus> Corpus =
        new(() => UdhrCorpus.Load(RepositoryPaths.Combine("tests", "data", "udhr")));

    private static readonly Dictionary<string, Func<Analyzer>> StockAnalyzers = new(StringComparer.Ordinal)
    {
        ["ar"] = () => new ArabicAnalyzer(IndexAnalysis.Version),
        ["en"] = () => new EnglishAnalyzer(IndexAnalysis.Version),
        ["es"] = () => new SpanishAnalyzer(IndexAnalysis.Version),
        ["fr"] = () => new FrenchAnalyzer(IndexAnalysis.Version),
        ["ru"] = () => new RussianAnalyzer(IndexAnalysis.Version),
    };

    // Upper case of each script, accents, elisions and possessives with both apostrophes, digits of
    // both kinds, mixed scripts, and characters whose lower case is special: Turkish dotted and dotless
    // I, Greek final sigma, title-case ǅ, German ß, Roman numerals, circled and full-width letters, and
    // a Deseret pair outside the Basic Multilingual Plane.
    private const string EveryLanguage =
        "İstanbul ISTANBUL ıi ΣΊΣΥΦΟΣ σοφός ǅemal STRAßE Ⅻ ⓐⒶ ＡＢＣ 𐐀𐐨 x86_64 3,14 1.948 ١٩٤٨ e-mail " +
        "Москва 儿童保护 الأطفال Élève";

    public static TheoryData<string> Languages => new(StockAnalyzers.Keys.Order(StringComparer.Ordinal));

    private static readonly Dictionary<string, string[]> EdgeCases = new(StringComparer.Ordinal)
    {
        ["ar"] =
        [
            "إلى أن التي الأطفال والإنترنت وٱلحماية مُحَمَّد كتـــاب ﻻ إعلان آمن ة ى",
            "ARABIC Arabic العالمي لحقوق الإنسان ۱۹۴۸",
        ],
        ["en"] =
        [
            "Children's CHILDREN'S children’s James' O'Neil's rock'n'roll U.S.A. THE The",
            "Online SAFETY of Children; GROOMING, sextortion & Self-Generated images (2024)",
        ],
        ["es"] =
        [
            "¿Por QUÉ? ÁRBOL árboles NIÑOS niñas Ñandú PINGÜINO Él ÚLTIMAS acción",
            "Protección de los MENORES en Internet: guía 2024",
        ],
        ["fr"] =
        [
            "L'École l’ÉCOLE QU'IL qu’elle Jusqu'à D'ABORD aujourd'hui S'IL lorsqu'il C'EST N'EST J'AI M'A T'ES",
            "Œuvre ÇA Élèves HARCÈLEMENT en ligne : protéger les ENFANTS",
        ],
        ["ru"] =
        [
            "МОСКВА Москва ЁЛКА ёлка Всеобщая ДЕКЛАРАЦИЯ прав ЧЕЛОВЕКА",
            "ЗАЩИТА детей в Интернете: Ї Ґ і Ў 2024",
        ],
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Analyzer_gives_the_stock_tokens_for_the_declaration(string language)
    {
        var paragraphs = Corpus.Value.Paragraphs.Where(p => p.Language == language).Select(p => p.Text).ToList();

        var tokens = AssertStockTokens(language, paragraphs);

        Assert.True(tokens > 500, $"only {tokens} tokens from the {language} declaration");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Analyzer_gives_the_stock_tokens_for_casing_elision_and_script_edge_cases(string language) =>
        AssertStockTokens(language, [.. EdgeCases[language], EveryLanguage]);

    // The stock lower-casing is invariant whatever the thread's culture; a culture-sensitive one would
    // lower-case "İ" the Turkish way here.
    [Theory]
    [MemberData(nameof(Languages))]
    public void Analyzer_gives_the_stock_tokens_under_the_Turkish_culture(string language)
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");

            AssertStockTokens(language, [.. EdgeCases[language], EveryLanguage]);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    /// <returns>The number of tokens compared.</returns>
    private static int AssertStockTokens(string language, IReadOnlyList<string> texts)
    {
        var expected = Analyse(StockAnalyzers[language](), language, texts);
        var actual = Analyse(LanguageAnalyzers.Create(language), language, texts);

        Assert.Equal(expected, actual);
        return expected.Count;
    }

    private static List<AnalysedToken> Analyse(Analyzer analyzer, string language, IEnumerable<string> texts)
    {
        using (analyzer)
        {
            var tokens = new List<AnalysedToken>();
            var field = IndexFields.BodyIn(language);
            foreach (var (text, index) in texts.Select((text, index) => (text, index)))
            {
                using var stream = analyzer.GetTokenStream(field, text);
                var term = stream.AddAttribute<ICharTermAttribute>();
                var offset = stream.AddAttribute<IOffsetAttribute>();
                var increment = stream.AddAttribute<IPositionIncrementAttribute>();
                var length = stream.AddAttribute<IPositionLengthAttribute>();
                var type = stream.AddAttribute<ITypeAttribute>();
                var keyword = stream.AddAttribute<IKeywordAttribute>();
                stream.Reset();
                while (stream.IncrementToken())
                {
                    tokens.Add(new AnalysedToken(index, term.ToString(), offset.StartOffset, offset.EndOffset,
                        increment.PositionIncrement, length.PositionLength, type.Type, keyword.IsKeyword));
                }

                stream.End();
                tokens.Add(new AnalysedToken(index, "<end>", offset.StartOffset, offset.EndOffset,
                    increment.PositionIncrement, length.PositionLength, type.Type, keyword.IsKeyword));
            }

            return tokens;
        }
    }

    private sealed record AnalysedToken(
        int Text, string Term, int Start, int End, int Increment, int Length, string Type, bool Keyword);
}
