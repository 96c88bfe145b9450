using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Indexer.Tests.Search;

public sealed class MultilingualSearchTests : IDisposable
{
    private readonly LuceneIndexStore _index = LuceneIndexStore.InMemory(TaxonomyLoader.LoadEmbedded());
    private readonly CatalogSearcher _searcher;

    public MultilingualSearchTests()
    {
        _searcher = new CatalogSearcher(_index);
        Add("fr-1", "fr", "Prévenir les harcèlements en ligne", "Des activités pour les élèves sur les réseaux sociaux et l'entraide.", ["cyberbullying"]);
        Add("ar-1", "ar", "حماية الأطفال على الإنترنت", "دليل للمعلمين حول سلامة الأطفال في الفضاء الرقمي.", ["ocsea/grooming"]);
        Add("zh-1", "zh", "保护儿童网络安全", "面向家长的网络安全指南，帮助孩子识别网络风险。", ["general-online-safety"]);
        Add("ru-1", "ru", "Безопасность детей в интернете", "Пособие для учителей о рисках общения с незнакомцами.", ["ocsea/grooming"]);
        Add("es-1", "es", "Sextorsión: qué hacer", "Guía para adolescentes amenazados tras compartir imágenes íntimas.", ["ocsea/sextortion"]);
        Add("en-1", "en", "Talking with children about abuse material", "Guidance for teachers on reporting child sexual abuse material found online.", ["ocsea/csam"]);
        Add("sw-1", "sw", "Usalama mtandaoni kwa watoto", "Mwongozo kwa walimu kuhusu usalama wa watoto mtandaoni.", ["general-online-safety"]);
        _index.Commit();
    }

    private void Add(string id, string language, string title, string description, string[] harms) => _index.Upsert(new CatalogEntry
    {
        Id = id,
        Title = title,
        Description = description,
        Url = $"https://example.org/{id}",
        Organization = "Sample: Org",
        Languages = [language],
        Harms = harms,
        AgeMin = 9,
        AgeMax = 14,
        PublishedAt = DateTimeOffset.UnixEpoch.AddDays(id.GetHashCode(StringComparison.Ordinal) & 0xff),
    });

    private List<string> Ids(string query) => _searcher.Search(new SearchRequest { Query = query }).Results.Select(r => r.Id).ToList();

    [Fact]
    public void A_French_query_stems_like_French_text()
    {
        Assert.Equal(["fr-1"], Ids("harcèlement"));
        Assert.Equal(["fr-1"], Ids("élève"));
    }

    [Fact]
    public void Russian_and_Arabic_words_match_inflected_forms()
    {
        Assert.Equal(["ru-1"], Ids("учитель"));
        Assert.Contains("ar-1", Ids("المعلم"));
    }

    [Fact]
    public void Chinese_text_is_segmented_into_words()
    {
        Assert.Equal(["zh-1"], Ids("识别"));
        Assert.Equal(["zh-1"], Ids("家长"));

        // 网络安全 ("online safety") also names a harm concept, so the Swahili resource tagged
        // general-online-safety is found as well.
        Assert.Equal(["sw-1", "zh-1"], Ids("网络安全").Order());
    }

    [Fact]
    public void Resources_in_languages_without_an_analyzer_are_found_through_the_neutral_fields()
    {
        Assert.Equal(["sw-1"], Ids("walimu"));
    }

    [Fact]
    public void A_harm_named_in_one_language_finds_resources_tagged_with_it_in_others()
    {
        var results = _searcher.Search(new SearchRequest { Query = "grooming" });
        Assert.Equal(["ar-1", "ru-1"], results.Results.Select(r => r.Id).Order());
        Assert.Equal(["ocsea/grooming"], results.Concepts);
    }

    [Fact]
    public void A_deprecated_term_finds_the_preferred_concept_and_reports_the_term()
    {
        var results = _searcher.Search(new SearchRequest { Query = "child pornography" });
        Assert.Equal(["en-1"], results.Results.Select(r => r.Id));
        var term = Assert.Single(results.DeprecatedTerms);
        Assert.Equal("ocsea/csam", term.Preferred);
        Assert.Contains("child sexual abuse material", term.Note["en"]);
    }

    [Fact]
    public void A_resource_is_found_by_the_labels_of_its_tags_in_its_own_language()
    {
        // Neither the title nor the description says "plan de clase", but the resource is a lesson plan.
        _index.Upsert(new CatalogEntry
        {
            Id = "es-2",
            Title = "Qué hacer ante amenazas",
            Description = "Actividades breves para el aula.",
            Url = "https://example.org/es-2",
            Organization = "Sample: Org",
            Languages = ["es"],
            ResourceType = "lesson-plan",
            PublishedAt = DateTimeOffset.UnixEpoch,
        });
        _index.Commit();
        Assert.Equal(["es-2"], Ids("plan de clase"));
        Assert.Empty(Ids("plan de clase -aula"));
    }

    [Fact]
    public void Accents_may_be_left_out()
    {
        Assert.Equal(["es-1"], Ids("sextorsion"));
    }

    [Fact]
    public void A_misspelt_word_gets_a_suggestion_and_typo_tolerant_results()
    {
        var results = _searcher.Search(new SearchRequest { Query = "sextorsiom" });
        Assert.Equal("sextorsion", results.DidYouMean);
        Assert.True(results.Fuzzy);
        Assert.Equal(["es-1"], results.Results.Select(r => r.Id));
    }

    [Fact]
    public void Words_that_exist_get_no_suggestion()
    {
        var results = _searcher.Search(new SearchRequest { Query = "sextorsión" });
        Assert.Null(results.DidYouMean);
        Assert.False(results.Fuzzy);
    }

    [Fact]
    public void Excluded_words_remove_results_and_phrases_match_in_order()
    {
        Assert.DoesNotContain("ru-1", Ids("grooming -учителей"));
        Assert.Equal(["en-1"], Ids("\"sexual abuse material\""));
        Assert.Empty(Ids("\"material abuse sexual\""));
    }

    public void Dispose() => _index.Dispose();
}
