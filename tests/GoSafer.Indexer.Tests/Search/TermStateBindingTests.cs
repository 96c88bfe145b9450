using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;
using GoSafer.Indexer.Taxonomy;
using Lucene.Net.Search;

namespace GoSafer.Indexer.Tests.Search;

/// <summary>The catalog searcher's shortcuts (term states looked up ahead, statistics cached) score exactly as Lucene does without them.</summary>
public sealed class TermStateBindingTests : IDisposable
{
    private readonly LuceneIndexStore _index = LuceneIndexStore.InMemory(TaxonomyLoader.LoadEmbedded());
    private readonly CatalogQueryBuilder _queries;
    private readonly ConceptMatcher _concepts;

    public TermStateBindingTests()
    {
        _queries = new CatalogQueryBuilder(_index);
        _concepts = new ConceptMatcher(_index.Taxonomy);
        var texts = new (string Language, string Title, string Description)[]
        {
            ("en", "Online safety lessons", "Teachers talk with children about grooming and online safety at school."),
            ("fr", "Sécurité en ligne à l'école", "Des leçons pour les élèves sur le harcèlement et la sécurité en ligne."),
            ("es", "Seguridad en línea", "Lecciones para la escuela sobre el ciberacoso y la seguridad."),
            ("ru", "Безопасность в интернете", "Уроки для учителей о безопасности детей в школе."),
            ("ar", "السلامة على الإنترنت", "دروس للمعلمين حول سلامة الأطفال في المدرسة."),
            ("zh", "网络安全课程", "面向学校教师的儿童网络安全课程。"),
        };

        // Three segments, so that term states and statistics span several.
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < texts.Length; i++)
            {
                var (language, title, description) = texts[i];
                _index.Upsert(new CatalogEntry
                {
                    Id = $"{language}-{round}",
                    Title = title,
                    Description = round == 1 ? description + " " + description : description,
                    Url = $"https://example.org/{language}/{round}",
                    Organization = "Sample Org",
                    Languages = round == 2 && language == "fr" ? ["fr", "en"] : [language],
                    Harms = i % 2 == 0 ? ["ocsea/grooming"] : ["cyberbullying"],
                    PublishedAt = DateTimeOffset.UnixEpoch.AddDays(i),
                });
            }

            _index.Commit();
        }
    }

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("safety")]
    [InlineData("school lessons")]
    [InlineData("sécurité élèves")]
    [InlineData("школе учителей")]
    [InlineData("المعلمين")]
    [InlineData("网络安全")]
    [InlineData("grooming")]
    [InlineData("\"online safety\" -harcèlement")]
    [InlineData("safety absentword")]
    public void Bound_queries_find_and_score_exactly_what_Lucene_finds_and_scores_without_them(string text)
    {
        using var lease = _index.AcquireSearcher();
        Assert.IsType<CatalogIndexSearcher>(lease.Searcher);
        var plain = new IndexSearcher(lease.Searcher.IndexReader) { Similarity = CatalogSearcherFactory.Similarity };

        var expected = plain.Search(Build(text), 100).ScoreDocs;
        var actual = lease.Searcher.Search(TermStateBinder.Bind(Build(text), lease.Searcher), 100).ScoreDocs;

        Assert.Equal(expected.Select(d => (d.Doc, d.Score)), actual.Select(d => (d.Doc, d.Score)));
        Assert.Equal(text != "safety absentword", expected.Length > 0);
    }

    [Fact]
    public void Cached_collection_statistics_equal_Lucenes_for_every_field()
    {
        using var lease = _index.AcquireSearcher();
        var plain = new IndexSearcher(lease.Searcher.IndexReader);
        string[] fields = [IndexFields.TitleIn("en"), IndexFields.BodyIn("fr"), IndexFields.BodyIn("zh"), IndexFields.Organization, Facets.Harm, "no-such-field"];

        foreach (var field in fields)
        {
            for (var twice = 0; twice < 2; twice++)
            {
                var expected = plain.CollectionStatistics(field);
                var actual = lease.Searcher.CollectionStatistics(field);
                Assert.Equal(
                    (expected.MaxDoc, expected.DocCount, expected.SumTotalTermFreq, expected.SumDocFreq),
                    (actual.MaxDoc, actual.DocCount, actual.SumTotalTermFreq, actual.SumDocFreq));
            }
        }
    }

    private Query Build(string text)
    {
        var parts = UserQuery.Parse(text);
        return _queries.Build(parts, _concepts.Match(parts), fuzzy: false)!;
    }
}
