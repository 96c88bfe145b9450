using GoSafer.Indexer.Index.Chinese;
using GoSafer.Indexer.Tests.Language;
using GoSafer.Indexer.Tests.Tagging;
using GoSafer.Testing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;

namespace GoSafer.Indexer.Tests.Index;

/// <summary>
/// <see cref="HanAnalyzer"/> must give exactly SmartChineseAnalyzer's tokens (terms, offsets,
/// positions, types), or Chinese text indexed with one would not match queries analysed with the
/// other. Each text is analysed as its own value by one analyzer reused from text to text.
/// </summary>
public sealed class HanSegmentationParityTests
{
    private static readonly Lazy<UdhrCorpus> Corpus =
        new(() => UdhrCorpus.Load(RepositoryPaths.Combine("tests", "data", "udhr")));

    // Words split by spaces (as the benchmark corpus writes them), full-width letters and digits,
    // ASCII inside Han text, punctuation of both widths, every kind of space SmartCn skips or keeps,
    // characters outside its tables (CJK extension A, compatibility ideographs, a pair outside the
    // Basic Multilingual Plane), empty and punctuation-only texts.
    private static readonly string[] EdgeCases =
    [
        "保护 儿童 网络 安全，家长 和 老师 应该 了解 网络 诱骗 的 迹象。",
        "ＡＢＣ全角字母１２３和ASCII abc 123混合，Ｏｎｌｉｎｅ安全ＸＹ９９。",
        "第3章：儿童（6－12岁）的网络安全！？“引号”《书名》【括号】——破折号……省略号",
        "\u00A0儿童\u2003保护\t网络\r\n安全\u3000教育\u3000\u3000课程",
        "𠀀𠀁儿童㐀㐁豈更保护",
        "",
        "。。。！！",
        "   ",
        "中华人民共和国 是 一个 国家",
    ];

    [Fact]
    public void Gives_SmartCns_tokens_for_the_declaration_in_simplified_and_traditional_Chinese()
    {
        var paragraphs = Corpus.Value.Paragraphs.Where(p => p.Language == "zh").Select(p => p.Text).ToList();

        var tokens = AssertSmartCnTokens(paragraphs);

        Assert.True(tokens > 2_000, $"only {tokens} tokens from the Chinese declaration");
    }

    [Fact]
    public void Gives_SmartCns_tokens_for_texts_longer_than_its_reading_block()
    {
        var paragraphs = Corpus.Value.Paragraphs.Where(p => p.Language == "zh").Select(p => p.Text).ToList();
        var withoutBreaks = string.Concat(Enumerable.Repeat("儿童网络安全保护教育", 300));

        AssertSmartCnTokens([string.Join("\n", paragraphs), string.Join(" ", paragraphs), withoutBreaks]);
    }

    [Fact]
    public void Gives_SmartCns_tokens_for_the_tagging_set_and_edge_cases()
    {
        var tagging = TaggingSet.Load().Cases.Where(c => c.Language == "zh").SelectMany(c => new[] { c.Title, c.Description });

        var tokens = AssertSmartCnTokens([.. tagging, .. EdgeCases]);

        Assert.True(tokens > 300, $"only {tokens} tokens");
    }

    /// <returns>The number of tokens compared.</returns>
    private static int AssertSmartCnTokens(IReadOnlyList<string> texts)
    {
        var expected = Analyse(new SmartChineseAnalyzer(Indexer.Index.IndexAnalysis.Version), texts);
        var actual = Analyse(new HanAnalyzer(), texts);

        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }

        return expected.Count;
    }

    private static List<AnalysedToken> Analyse(Analyzer analyzer, IEnumerable<string> texts)
    {
        using (analyzer)
        {
            var tokens = new List<AnalysedToken>();
            foreach (var (text, index) in texts.Select((text, index) => (text, index)))
            {
                using var stream = analyzer.GetTokenStream("body.zh", text);
                var term = stream.AddAttribute<ICharTermAttribute>();
                var offset = stream.AddAttribute<IOffsetAttribute>();
                var increment = stream.AddAttribute<IPositionIncrementAttribute>();
                var type = stream.AddAttribute<ITypeAttribute>();
                stream.Reset();
                while (stream.IncrementToken())
                {
                    tokens.Add(new AnalysedToken(index, term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement, type.Type));
                }

                stream.End();
                tokens.Add(new AnalysedToken(index, "<end>", offset.StartOffset, offset.EndOffset, increment.PositionIncrement, type.Type));
            }

            return tokens;
        }
    }

    private sealed record AnalysedToken(int Text, string Term, int Start, int End, int Increment, string Type);
}
