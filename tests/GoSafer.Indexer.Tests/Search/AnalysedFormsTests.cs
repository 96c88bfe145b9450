using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Tests.Search;

public sealed class AnalysedFormsTests : IDisposable
{
    private readonly Analyzer _analyzer = IndexAnalysis.CreateAnalyzer();

    public void Dispose() => _analyzer.Dispose();

    public static TheoryData<string> Texts => new()
    {
        "grooming", "Schools", "the", "online safety lessons", "écoles élèves", "L'École", "Children's",
        "учителей", "школа безопасность", "المعلمين", "حماية الأطفال", "网络安全", "保护 儿童", "教师",
        "Уроки 学校", "e-safety", "COVID-19", "😀 safety", "ǅemal", "İstanbul",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_field_gets_the_query_Lucenes_query_builder_makes(string text)
    {
        var forms = new AnalysedForms(_analyzer);
        var lucene = new QueryBuilder(_analyzer);
        string[] fields =
        [
            IndexFields.Title, IndexFields.Body, IndexFields.Organization,
            .. new[] { "en", "fr", "es", "ru", "ar", "zh", "de", "ja" }.SelectMany(l => new[] { IndexFields.TitleIn(l), IndexFields.BodyIn(l) }),
        ];

        // Twice: the second answer comes from the kept tokens, shared by a language's title and body.
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var field in fields)
            {
                // Query.Equals, not Assert.Equal: phrase and boolean queries are enumerable, and xunit
                // would compare only their terms, not positions, boosts or occurrence.
                var expected = lucene.CreatePhraseQuery(field, text);
                var actual = forms.Query(field, text);
                Assert.True(Equals(expected, actual), $"{field}: expected {expected}, got {actual}");
            }
        }
    }

    [Fact]
    public void The_kept_tokens_start_over_at_the_bound_and_answers_stay_the_same()
    {
        var forms = new AnalysedForms(_analyzer);
        var field = IndexFields.BodyIn("en");
        var first = forms.Query(field, "grooming");

        for (var n = 0; n < AnalysedForms.MaxCached; n++)
        {
            forms.Query(field, $"w{n}");
        }

        Assert.InRange(forms.CachedTexts, 1, AnalysedForms.MaxCached);
        Assert.True(forms.CachedTexts < 100, $"{forms.CachedTexts} texts kept: the cache did not start over");
        Assert.Equal(first, forms.Query(field, "grooming"));
    }
}
