using GoSafer.Indexer.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;

namespace GoSafer.Indexer.Tests.Index;

public sealed class AnalysisTests : IDisposable
{
    private readonly Analyzer _analyzer = IndexAnalysis.CreateAnalyzer();

    public void Dispose() => _analyzer.Dispose();

    [Fact]
    public void Span_lower_casing_gives_the_terms_of_Lucene_lower_casing_for_every_character()
    {
        var text = string.Concat(Enumerable.Range(1, 0xFFFF)
            .Where(c => !char.IsSurrogate((char)c))
            .Select(c => $"A{(char)c}{(char)c} "))
            + "𐐀𐐨 ΣΊΣΥΦΟΣ";
        using var lucene = new LowerCasing(source => new LowerCaseFilter(IndexAnalysis.Version, source));
        using var span = new LowerCasing(source => new SpanLowerCaseFilter(source));

        var expected = Tokens(lucene, "f", text);
        var actual = Tokens(span, "f", text);

        Assert.True(expected.Count > 60_000);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Chinese_fields_segment_Han_text_and_read_other_scripts_as_whole_words()
    {
        var tokens = Tokens(_analyzer, IndexFields.BodyIn("zh"), "Уроки математики 保护儿童网络安全 Élèves learning");

        Assert.Equal(["уроки", "математики", "保护", "儿童", "网络", "安全", "élève", "learn"], tokens);
    }

    [Fact]
    public void Chinese_fields_report_offsets_into_the_whole_text()
    {
        const string text = "Школа 学校";
        using var stream = _analyzer.GetTokenStream(IndexFields.BodyIn("zh"), text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var spans = new List<string>();
        while (stream.IncrementToken())
        {
            spans.Add($"{term}={text[offset.StartOffset..offset.EndOffset]}");
        }

        stream.End();
        Assert.Equal(["школа=Школа", "学校=学校"], spans);
    }

    internal static List<string> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    private sealed class LowerCasing(Func<Tokenizer, TokenStream> filter) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new WhitespaceTokenizer(IndexAnalysis.Version, reader);
            return new TokenStreamComponents(source, filter(source));
        }
    }
}
