using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Indexer.Tests.Search;

public sealed class CatalogSearcherTests : IDisposable
{
    private readonly LuceneIndexStore _index = LuceneIndexStore.InMemory(TaxonomyLoader.LoadEmbedded());
    private readonly CatalogSearcher _searcher;

    public CatalogSearcherTests()
    {
        _searcher = new CatalogSearcher(_index);
        Add("a", "Recognising online grooming", "Pupils learn the warning signs of grooming by strangers in games.", ["ocsea/grooming"], ["en"], 9, 12, "lesson-plan", "evaluated-effective", 2021);
        Add("b", "Sextortion: what to do", "A guide for teenagers who are threatened after sharing images.", ["ocsea/sextortion"], ["en"], 13, 17, "guide", "evidence-informed", 2024);
        Add("c", "Prévenir le cyberharcèlement", "Une séquence pour la classe sur le harcèlement en ligne et l'entraide.", ["cyberbullying"], ["fr"], 11, 14, "lesson-plan", "evaluated-promising", 2023);
        Add("d", "Family media plan", "Parents agree screen-time rules with young children.", ["excessive-use"], ["en", "fr"], 3, 6, "tool", null, 2022);
        _index.Commit();
    }

    private void Add(string id, string title, string description, string[] harms, string[] languages, int min, int max, string type, string? evidence, int year) =>
        _index.Upsert(new CatalogEntry
        {
            Id = id,
            Title = title,
            Description = description,
            Url = $"https://example.org/{id}",
            Organization = "Sample: Test Org",
            Languages = languages,
            AgeMin = min,
            AgeMax = max,
            Harms = harms,
            Audiences = ["educators"],
            ResourceType = type,
            EvidenceLevel = evidence,
            PublishedAt = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero),
        });

    private List<string> Ids(SearchRequest request) => _searcher.Search(request).Results.Select(r => r.Id).ToList();

    private static SearchRequest Filter(params (string Facet, string[] Values)[] filters) => new()
    {
        Filters = filters.ToDictionary(f => f.Facet, f => (IReadOnlyList<string>)f.Values),
    };

    [Fact]
    public void An_empty_query_browses_everything_newest_first()
    {
        Assert.Equal(["b", "c", "d", "a"], Ids(new SearchRequest()));
    }

    [Fact]
    public void Free_text_finds_matching_resources_and_title_matches_rank_first()
    {
        Add("e", "Games night", "Talking about grooming over dinner.", ["ocsea/grooming"], ["en"], 9, 12, "activity", null, 2020);
        _index.Commit();
        Assert.Equal(["a", "e"], Ids(new SearchRequest { Query = "grooming" }));
    }

    [Fact]
    public void All_query_words_must_match_by_default()
    {
        Assert.Equal(["a"], Ids(new SearchRequest { Query = "grooming games" }));
        Assert.Empty(Ids(new SearchRequest { Query = "grooming teenagers" }));
    }

    [Fact]
    public void Search_with_two_harm_values_ORs_within_the_facet()
    {
        Assert.Equal(["b", "a"], Ids(Filter((Facets.Harm, ["ocsea/grooming", "ocsea/sextortion"]))));
    }

    [Fact]
    public void Filters_on_different_facets_are_ANDed()
    {
        Assert.Equal(["c"], Ids(Filter((Facets.Type, ["lesson-plan"]), (Facets.Language, ["fr"]))));
    }

    [Fact]
    public void Selecting_a_parent_harm_matches_its_children()
    {
        Assert.Equal(["b", "a"], Ids(Filter((Facets.Harm, ["ocsea"]))));
    }

    [Fact]
    public void Age_band_filters_match_resources_whose_range_overlaps_the_band()
    {
        Assert.Equal(["b", "c"], Ids(Filter((Facets.Age, ["13-15"]))));
        Assert.Equal(["d"], Ids(Filter((Facets.Age, ["0-4"]))));
    }

    [Fact]
    public void Resources_without_evidence_level_count_as_not_assessed()
    {
        Assert.Equal(["d"], Ids(Filter((Facets.Evidence, ["not-assessed"]))));
    }

    [Fact]
    public void Sort_by_evidence_puts_the_strongest_evidence_first()
    {
        Assert.Equal(["a", "c", "b", "d"], Ids(new SearchRequest { Sort = SearchSort.Evidence }));
    }

    [Fact]
    public void Pages_partition_the_results()
    {
        var page1 = Ids(new SearchRequest { PageSize = 3, Page = 1 });
        var page2 = Ids(new SearchRequest { PageSize = 3, Page = 2 });
        Assert.Equal(["b", "c", "d"], page1);
        Assert.Equal(["a"], page2);
        Assert.Equal(4, _searcher.Search(new SearchRequest { PageSize = 3, Page = 2 }).Total);
    }

    [Fact]
    public void Upsert_replaces_and_delete_removes_after_refresh()
    {
        Add("a", "Renamed resource", "Nothing about the old subject here at all.", ["privacy"], ["en"], 9, 12, "tool", null, 2021);
        _index.Refresh();
        Assert.Empty(Ids(new SearchRequest { Query = "grooming" }));
        Assert.Equal(["a"], Ids(new SearchRequest { Query = "renamed" }));

        _index.Delete("a");
        _index.Refresh();
        Assert.Empty(Ids(new SearchRequest { Query = "renamed" }));
        Assert.Equal(3, _index.Count);
    }

    [Fact]
    public void Snippets_are_plain_text_with_ranges_of_the_matched_words()
    {
        var hit = _searcher.Search(new SearchRequest { Query = "warning" }).Results.Single();
        Assert.DoesNotContain("<", hit.Snippet);
        var range = Assert.Single(hit.Highlights);
        Assert.Equal("warning", hit.Snippet.Substring(range[0], range[1]));
    }

    [Fact]
    public void Markup_in_text_stays_text_in_snippets()
    {
        Add("x", "<img src=x onerror=alert(1)>", "<script>alert('grooming')</script> plain words follow here for the snippet.", ["privacy"], ["en"], 9, 12, "tool", null, 2021);
        _index.Refresh();
        var hit = _searcher.Search(new SearchRequest { Query = "plain" }).Results.Single();
        Assert.Equal("<img src=x onerror=alert(1)>", hit.Title);
        Assert.Contains("<script>", hit.Snippet);
    }

    [Fact]
    public void Query_syntax_errors_fall_back_to_plain_words()
    {
        Assert.Equal(["a"], Ids(new SearchRequest { Query = "grooming AND (" }));
    }

    [Fact]
    public void Hits_carry_the_public_fields()
    {
        var hit = _searcher.Search(new SearchRequest { Query = "sextortion" }).Results.Single();
        Assert.Equal(("b", 13, 17, "guide", "evidence-informed"), (hit.Id, hit.AgeMin, hit.AgeMax, hit.ResourceType, hit.EvidenceLevel));
        Assert.Equal(["ocsea/sextortion"], hit.Harms);
        Assert.Equal("https://example.org/b", hit.Url);
    }

    public void Dispose() => _index.Dispose();
}
