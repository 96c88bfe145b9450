using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Indexer.Tests.Search;

/// <summary>The ID scan behind the evidence exports: ordered, live documents only, search's filters.</summary>
public sealed class CatalogIdScanTests : IDisposable
{
    private static readonly Dictionary<string, IReadOnlyList<string>> NoFilters = [];
    private readonly LuceneIndexStore _index = LuceneIndexStore.InMemory(TaxonomyLoader.LoadEmbedded());

    public CatalogIdScanTests()
    {
        Add("res-b", ["en"], ["ocsea/grooming"], 9, 12);
        Add("res-a", ["fr", "en"], ["cyberbullying"], 13, 15);
        _index.Commit();
        Add("res-d", ["es"], ["ocsea/sextortion"], null, null);
        Add("res-c", ["en"], ["privacy"], 5, 8);
        // A replaced and a deleted document leave their old terms behind until a merge.
        Add("res-a", ["fr", "en"], ["cyberbullying", "ocsea/grooming"], 13, 15);
        _index.Delete("res-c");
        _index.Commit();
    }

    private void Add(string id, string[] languages, string[] harms, int? min, int? max) => _index.Upsert(SampleEntry.Create(id) with
    {
        Languages = languages,
        Harms = harms,
        AgeMin = min,
        AgeMax = max,
    });

    [Fact]
    public void Ids_come_in_ordinal_order_once_each_and_only_for_live_documents()
    {
        using var scan = CatalogIdScan.Open(_index, NoFilters);
        Assert.Equal(3, scan.Count);
        Assert.Equal(["res-a", "res-b", "res-d"], scan.IdsAfter(null));
        Assert.Equal(["res-b", "res-d"], scan.IdsAfter("res-a"));
        Assert.Equal(["res-d"], scan.IdsAfter("res-bb"));
        Assert.Empty(scan.IdsAfter("res-d"));
    }

    [Theory]
    [InlineData("harm", "ocsea")]
    [InlineData("lang", "en")]
    [InlineData("harm", "privacy")]
    public void A_filtered_scan_holds_exactly_the_search_results(string facet, string value)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>> { [facet] = [value] };
        var searched = new CatalogSearcher(_index).Search(new SearchRequest { Filters = filters, PageSize = 100 }).Results.Select(r => r.Id);
        using var scan = CatalogIdScan.Open(_index, filters);
        Assert.Equal(searched.Order(StringComparer.Ordinal), scan.IdsAfter(null));
    }

    [Fact]
    public void Combinations_count_a_document_in_each_of_its_values_and_null_where_it_has_none()
    {
        using var scan = CatalogIdScan.Open(_index, NoFilters);
        var counts = scan.CountCombinations([Facets.Language, Facets.Age]);
        Assert.Equal(1, counts[new FacetCombination(["fr", "13-15"])]);
        Assert.Equal(2, counts[new FacetCombination(["en", "13-15"])] + counts[new FacetCombination(["en", "9-12"])]);
        Assert.Equal(1, counts[new FacetCombination(["es", null])]);
        Assert.False(counts.ContainsKey(new FacetCombination(["en", "5-8"])));
    }

    public void Dispose() => _index.Dispose();
}
