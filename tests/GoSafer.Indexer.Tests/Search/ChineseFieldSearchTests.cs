using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Indexer.Tests.Search;

public sealed class ChineseFieldSearchTests : IDisposable
{
    private readonly LuceneIndexStore _index = LuceneIndexStore.InMemory(TaxonomyLoader.LoadEmbedded());
    private readonly CatalogSearcher _searcher;

    public ChineseFieldSearchTests()
    {
        _searcher = new CatalogSearcher(_index);
        Add("zh-ru", ["zh", "ru"], "Уроки математики", "数学课的教师指南。");
        Add("ru", ["ru"], "Уроки математики", "Пособие для учителей.");
        _index.Commit();
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_Russian_word_does_not_match_runs_of_letters_in_a_Chinese_Russian_resource()
    {
        Assert.Empty(Ids("мат"));
        Assert.Empty(Ids("тема"));
        Assert.Equal(["ru", "zh-ru"], Ids("математика").Order());
    }

    [Fact]
    public void Chinese_words_of_a_Chinese_Russian_resource_are_found_and_highlighted()
    {
        var hit = Assert.Single(_searcher.Search(new SearchRequest { Query = "教师" }).Results);

        Assert.Equal("zh-ru", hit.Id);
        var range = Assert.Single(hit.Highlights);
        Assert.Equal("教师", hit.Snippet.Substring(range[0], range[1]));
    }

    private List<string> Ids(string query) => _searcher.Search(new SearchRequest { Query = query }).Results.Select(r => r.Id).ToList();

    private void Add(string id, string[] languages, string title, string description) => _index.Upsert(new CatalogEntry
    {
        Id = id,
        Title = title,
        Description = description,
        Url = $"https://example.org/{id}",
        Organization = "Sample Org",
        Languages = languages,
        PublishedAt = DateTimeOffset.UnixEpoch,
    });
}
