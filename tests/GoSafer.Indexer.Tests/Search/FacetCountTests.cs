using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Indexer.Tests.Search;

public sealed class FacetCountTests : IDisposable
{
    private readonly LuceneIndexStore _index = LuceneIndexStore.InMemory(TaxonomyLoader.LoadEmbedded());
    private readonly CatalogSearcher _searcher;

    public FacetCountTests()
    {
        _searcher = new CatalogSearcher(_index);
        Add("1", ["en"], ["ocsea/grooming"], "lesson-plan", 9, 12);
        Add("2", ["en"], ["ocsea/grooming", "ocsea/sextortion"], "video", 13, 15);
        Add("3", ["fr"], ["ocsea/sextortion"], "lesson-plan", 13, 17);
        Add("4", ["fr"], ["cyberbullying"], "guide", 5, 8);
        Add("5", ["es"], ["privacy"], "lesson-plan", 9, 12);
        // Segments are counted separately and merged: commit half, then the rest.
        _index.Commit();
        Add("6", ["es", "en"], ["cyberbullying", "ocsea/grooming"], "game", 9, 12);
        _index.Commit();
    }

    private void Add(string id, string[] languages, string[] harms, string type, int min, int max) => _index.Upsert(SampleEntry.Create(id) with
    {
        Languages = languages,
        Harms = harms,
        Audiences = ["educators"],
        ResourceType = type,
        AgeMin = min,
        AgeMax = max,
    });

    private SearchResults Search(params (string Facet, string[] Values)[] filters) => _searcher.Search(new SearchRequest
    {
        Filters = filters.ToDictionary(f => f.Facet, f => (IReadOnlyList<string>)f.Values),
    });

    [Fact]
    public void Without_filters_every_facet_counts_documents()
    {
        var facets = Search().Facets;
        Assert.Equal(3, facets[Facets.Type]["lesson-plan"]);
        Assert.Equal(3, facets[Facets.Language]["en"]);
        Assert.Equal(3, facets[Facets.Age]["9-12"]);
        Assert.Equal(2, facets[Facets.Age]["13-15"]);
    }

    [Fact]
    public void A_parent_harm_counts_each_document_once_however_many_children_it_has()
    {
        var harms = Search().Facets[Facets.Harm];
        Assert.Equal(4, harms["ocsea"]);
        Assert.Equal(3, harms["ocsea/grooming"]);
        Assert.Equal(2, harms["ocsea/sextortion"]);
    }

    [Fact]
    public void A_facets_counts_ignore_its_own_selection_but_follow_the_others()
    {
        var results = Search((Facets.Type, ["lesson-plan"]), (Facets.Language, ["fr"]));
        Assert.Equal(1, results.Total);

        // Type counts: documents in French, whatever their type.
        Assert.Equal(new Dictionary<string, int> { ["lesson-plan"] = 1, ["guide"] = 1 }, results.Facets[Facets.Type]);

        // Language counts: lesson plans, whatever their language.
        Assert.Equal(new Dictionary<string, int> { ["en"] = 1, ["fr"] = 1, ["es"] = 1 }, results.Facets[Facets.Language]);

        // Other facets: only documents passing both filters.
        Assert.Equal(new Dictionary<string, int> { ["ocsea"] = 1, ["ocsea/sextortion"] = 1 }, results.Facets[Facets.Harm]);
    }

    [Fact]
    public void Two_values_of_one_facet_are_ORed_and_counted_against_the_other_filters()
    {
        var results = Search((Facets.Harm, ["cyberbullying", "privacy"]), (Facets.Age, ["9-12"]));
        Assert.Equal(["5", "6"], results.Results.Select(r => r.Id).Order());
        Assert.Equal(3, results.Facets[Facets.Harm]["ocsea/grooming"] + results.Facets[Facets.Harm]["privacy"]);
    }

    [Fact]
    public void Counts_equal_the_totals_of_the_matching_filtered_searches()
    {
        var facets = Search((Facets.Type, ["lesson-plan"])).Facets;
        foreach (var (value, count) in facets[Facets.Harm])
        {
            Assert.Equal(count, Search((Facets.Type, ["lesson-plan"]), (Facets.Harm, [value])).Total);
        }

        foreach (var (value, count) in facets[Facets.Type])
        {
            Assert.Equal(count, Search((Facets.Type, [value])).Total);
        }
    }

    public void Dispose() => _index.Dispose();
}
