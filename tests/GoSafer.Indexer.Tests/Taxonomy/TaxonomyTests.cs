using System.Text;
using System.Text.Json.Nodes;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Indexer.Tests.Taxonomy;

public sealed class TaxonomyTests
{
    private static readonly HubTaxonomy Taxonomy = TaxonomyLoader.LoadEmbedded();

    public static TheoryData<string, string> DesignIds => new()
    {
        { Facets.Age, "0-4" }, { Facets.Age, "5-8" }, { Facets.Age, "9-12" }, { Facets.Age, "13-15" }, { Facets.Age, "16-18" },
        { Facets.Harm, "ocsea" }, { Facets.Harm, "ocsea/grooming" }, { Facets.Harm, "ocsea/sextortion" },
        { Facets.Harm, "ocsea/self-generated-imagery" }, { Facets.Harm, "ocsea/ncii" }, { Facets.Harm, "ocsea/csam" },
        { Facets.Harm, "ocsea/livestreaming" }, { Facets.Harm, "ocsea/ai-generated" }, { Facets.Harm, "ocsea/harmful-sexual-behaviour" },
        { Facets.Harm, "cyberbullying" }, { Facets.Harm, "harmful-content" }, { Facets.Harm, "harmful-content/pornography" },
        { Facets.Harm, "harmful-content/self-harm" }, { Facets.Harm, "harmful-content/hate" }, { Facets.Harm, "privacy" },
        { Facets.Harm, "fraud" }, { Facets.Harm, "excessive-use" }, { Facets.Harm, "misinformation" }, { Facets.Harm, "general-online-safety" },
        { Facets.Audience, "children" }, { Facets.Audience, "parents-caregivers" }, { Facets.Audience, "educators" },
        { Facets.Audience, "policymakers" }, { Facets.Audience, "industry" }, { Facets.Audience, "professionals" }, { Facets.Audience, "researchers" },
        { Facets.Type, "lesson-plan" }, { Facets.Type, "curriculum" }, { Facets.Type, "activity" }, { Facets.Type, "video" },
        { Facets.Type, "game" }, { Facets.Type, "guide" }, { Facets.Type, "factsheet" }, { Facets.Type, "training" },
        { Facets.Type, "campaign" }, { Facets.Type, "research-report" }, { Facets.Type, "tool" },
        { Facets.Evidence, "evaluated-effective" }, { Facets.Evidence, "evaluated-promising" }, { Facets.Evidence, "evaluated-no-effect" },
        { Facets.Evidence, "evidence-informed" }, { Facets.Evidence, "not-assessed" },
    };

    [Theory]
    [MemberData(nameof(DesignIds))]
    public void Every_design_id_is_in_the_taxonomy_with_labels_in_the_six_UN_languages(string facet, string id)
    {
        Assert.True(Taxonomy.IsKnown(facet, id));
        var labels = new[] { "ar", "zh", "en", "fr", "ru", "es" }.ToDictionary(ui => ui, ui => Taxonomy.Label(facet, id, ui));
        Assert.All(labels.Values, l => Assert.NotEqual(id, l));
        Assert.Matches("[\u0600-\u06FF]", labels["ar"]);
        Assert.Matches("[\u4E00-\u9FFF]", labels["zh"]);
        Assert.Matches("[\u0400-\u04FF]", labels["ru"]);
        Assert.Matches("[A-Za-z]", labels["en"]);
    }

    [Fact]
    public void Each_facet_holds_exactly_the_design_ids()
    {
        foreach (var facet in new[] { Facets.Age, Facets.Harm, Facets.Audience, Facets.Type, Facets.Evidence })
        {
            var expected = DesignIds.Select(row => ((string)row[0], (string)row[1])).Where(r => r.Item1 == facet).Select(r => r.Item2);
            Assert.Equal(expected.Order(), Taxonomy.Ids(facet).Order());
        }
    }

    [Fact]
    public void Every_harm_maps_to_ITU_risk_classes()
    {
        var classes = Taxonomy.Document.RiskClasses.Select(r => r.Id).ToHashSet();
        Assert.Equal(["conduct", "contact", "content", "contract"], classes.Order());
        Assert.All(Taxonomy.Document.Harms, h => Assert.NotEmpty(h.RiskClasses));
        Assert.Contains("contact", Taxonomy.Document.Harms.Single(h => h.Id == "ocsea/grooming").RiskClasses);
    }

    [Fact]
    public void A_harm_rolls_up_to_its_ancestors()
    {
        Assert.Equal(["ocsea/grooming", "ocsea"], Taxonomy.HarmWithAncestors("ocsea/grooming"));
        Assert.Equal(["cyberbullying"], Taxonomy.HarmWithAncestors("cyberbullying"));
    }

    [Theory]
    [InlineData(9, 12, new[] { "9-12" })]
    [InlineData(11, 14, new[] { "9-12", "13-15" })]
    [InlineData(0, 18, new[] { "0-4", "5-8", "9-12", "13-15", "16-18" })]
    [InlineData(4, 5, new[] { "0-4", "5-8" })]
    public void Age_bands_are_derived_from_the_age_range_by_overlap(int min, int max, string[] bands) =>
        Assert.Equal(bands, Taxonomy.AgeBandsFor(min, max));

    [Fact]
    public void Unknown_ui_languages_fall_back_to_english()
    {
        Assert.Equal("fr", Taxonomy.UiLanguageOrDefault("fr-CA"));
        Assert.Equal("zh", Taxonomy.UiLanguageOrDefault("zh-Hans"));
        Assert.Equal("en", Taxonomy.UiLanguageOrDefault("de"));
        Assert.Equal("en", Taxonomy.UiLanguageOrDefault(null));
    }

    [Fact]
    public void Deprecated_terms_map_to_known_preferred_concepts()
    {
        var term = Taxonomy.Document.DeprecatedTerms.Single(t => t.Term == "child pornography" && t.Language == "en");
        Assert.Equal("ocsea/csam", term.Preferred);
        Assert.Equal(6, term.Note.Count);
    }

    private static JsonObject EmbeddedJson()
    {
        using var stream = typeof(TaxonomyLoader).Assembly.GetManifestResourceStream(TaxonomyLoader.ResourceName)!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static TaxonomyException LoadFails(JsonObject json) =>
        Assert.Throws<TaxonomyException>(() => TaxonomyLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString()))));

    [Fact]
    public void A_duplicate_id_fails_loudly()
    {
        var json = EmbeddedJson();
        json["audiences"]!.AsArray().Add(json["audiences"]![0]!.DeepClone());
        Assert.Contains(LoadFails(json).Problems, p => p.Contains("duplicate id 'children'"));
    }

    [Fact]
    public void A_dangling_parent_fails_loudly()
    {
        var json = EmbeddedJson();
        json["harms"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "ghost/child",
            ["parent"] = "ghost",
            ["riskClasses"] = new JsonArray("contact"),
            ["labels"] = json["harms"]![0]!["labels"]!.DeepClone(),
        });
        Assert.Contains(LoadFails(json).Problems, p => p.Contains("parent 'ghost'"));
    }

    [Fact]
    public void A_missing_label_fails_loudly()
    {
        var json = EmbeddedJson();
        json["resourceTypes"]![0]!["labels"]!.AsObject().Remove("ar");
        Assert.Contains(LoadFails(json).Problems, p => p.Contains("'lesson-plan' has no 'ar' label"));
    }

    [Fact]
    public void An_unknown_risk_class_fails_loudly()
    {
        var json = EmbeddedJson();
        json["harms"]![1]!["riskClasses"] = new JsonArray("cosmic");
        Assert.Contains(LoadFails(json).Problems, p => p.Contains("unknown risk class 'cosmic'"));
    }
}
