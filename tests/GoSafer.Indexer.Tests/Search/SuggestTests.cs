using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Indexer.Tests.Search;

public sealed class SuggestTests : IDisposable
{
    private readonly LuceneIndexStore _index = LuceneIndexStore.InMemory(TaxonomyLoader.LoadEmbedded());

    public SuggestTests()
    {
        _index.Upsert(new CatalogEntry
        {
            Id = "s1",
            Title = "Sextortion: what teenagers should know",
            Description = "A guide for teenagers who are threatened after sharing images.",
            Url = "https://example.org/s1",
            Organization = "Sample: Org",
            Languages = ["en"],
            PublishedAt = DateTimeOffset.UnixEpoch,
        });
        _index.Commit();
    }

    [Fact]
    public void A_prefix_suggests_taxonomy_concepts_in_the_ui_language_and_matching_titles()
    {
        var suggestions = new CatalogSuggester(_index).Suggest("sexto", "fr");
        var concept = suggestions.First(s => s.Kind == "concept");
        Assert.Equal(("harm", "ocsea/sextortion"), (concept.Facet, concept.Value));
        Assert.Equal(TaxonomyLoader.LoadEmbedded().Label("harm", "ocsea/sextortion", "fr"), concept.Text);
        var title = Assert.Single(suggestions, s => s.Kind == "title");
        Assert.Equal("s1", title.Id);
    }

    [Fact]
    public void Earlier_words_must_match_titles_exactly()
    {
        var suggester = new CatalogSuggester(_index);
        Assert.Contains(suggester.Suggest("what teen", "en"), s => s.Id == "s1");
        Assert.DoesNotContain(suggester.Suggest("who teen", "en"), s => s.Id == "s1");
    }

    [Fact]
    public void A_single_character_suggests_nothing()
    {
        Assert.Empty(new CatalogSuggester(_index).Suggest("s", "en"));
    }

    public void Dispose() => _index.Dispose();
}
