using GoSafer.Indexer.Language;
using GoSafer.Indexer.Tagging;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Indexer.Tests.Tagging;

public sealed class ResourceTaggerTests
{
    private static readonly HubTaxonomy Taxonomy = TaxonomyLoader.LoadEmbedded();
    private static readonly ResourceTagger English = new(Taxonomy, _ => new LanguageGuess("en", 0.99));

    [Fact]
    public void A_child_harm_rolls_up_to_its_parent_with_at_least_the_childs_confidence()
    {
        var result = English.Tag("Spotting online grooming", "A lesson on how groomers build trust in games.");

        var grooming = Assert.Single(result.Harms, h => h.Id == "ocsea/grooming");
        var ocsea = Assert.Single(result.Harms, h => h.Id == "ocsea");
        Assert.True(ocsea.Confidence >= grooming.Confidence);
        Assert.Equal(["ocsea/grooming"], result.MostSpecificHarms().Select(h => h.Id));
    }

    [Fact]
    public void A_term_inside_a_longer_term_of_another_concept_does_not_count()
    {
        var result = English.Tag("Child sexual abuse material: a briefing", "How platforms detect child sexual abuse material.");

        Assert.Equal(["ocsea/csam"], result.MostSpecificHarms().Select(h => h.Id));
    }

    [Fact]
    public void A_deprecated_term_tags_the_preferred_concept()
    {
        var result = English.Tag("Child pornography laws", "An overview of child pornography offences in 20 countries.");

        Assert.Contains(result.Harms, h => h.Id == "ocsea/csam");
    }

    [Fact]
    public void Inflected_forms_match_the_lexicon_in_every_language()
    {
        var french = new ResourceTagger(Taxonomy, _ => new LanguageGuess("fr", 1)).Tag("Comportement sexuel problématique", "");
        var russian = new ResourceTagger(Taxonomy, _ => new LanguageGuess("ru", 1)).Tag("О сексуальном насилии над детьми", "");
        var arabic = new ResourceTagger(Taxonomy, _ => new LanguageGuess("ar", 1)).Tag("للتوعية بالتنمر الإلكتروني", "");
        var chinese = new ResourceTagger(Taxonomy, _ => new LanguageGuess("zh", 1)).Tag("如何应对网络欺凌", "");

        Assert.Contains(french.Harms, h => h.Id == "ocsea/harmful-sexual-behaviour");
        Assert.Contains(russian.Harms, h => h.Id == "ocsea");
        Assert.Contains(arabic.Harms, h => h.Id == "cyberbullying");
        Assert.Contains(chinese.Harms, h => h.Id == "cyberbullying");
    }

    [Fact]
    public void A_harm_mentioned_only_in_passing_is_not_reported()
    {
        var result = English.Tag(
            "Screen time and sleep: a guide for parents",
            "Practical advice on screen time, bedtime routines and phones in bedrooms. The last page briefly mentions sextortion and points to a specialist resource.");

        Assert.DoesNotContain(result.Harms, h => h.Id == "ocsea/sextortion");
        Assert.Contains(result.Harms, h => h.Id == "excessive-use");
    }

    [Fact]
    public void Every_emitted_id_is_in_the_taxonomy()
    {
        foreach (var c in TaggingSet.Load().Cases)
        {
            var result = English.Tag(c.Title, c.Description, new LanguageGuess(c.Language, 1));

            Assert.All(result.Harms, h => Assert.True(Taxonomy.IsKnown(Facets.Harm, h.Id), h.Id));
            Assert.All(result.Harms, h => Assert.InRange(h.Confidence, 0.01, 1.0));
            Assert.All(result.Audiences, a => Assert.True(Taxonomy.IsKnown(Facets.Audience, a), a));
            Assert.True(result.ResourceType is null || Taxonomy.IsKnown(Facets.Type, result.ResourceType), result.ResourceType);
            Assert.True(result.Ages is null || (result.Ages.Min >= 0 && result.Ages.Max <= 18 && result.Ages.Min <= result.Ages.Max));
        }
    }

    [Theory]
    [InlineData("", "")]
    [InlineData(null, null)]
    [InlineData("   ", "\n\t")]
    public void Empty_text_gets_no_tags(string? title, string? description)
    {
        var detectorCalled = false;
        var tagger = new ResourceTagger(Taxonomy, _ =>
        {
            detectorCalled = true;
            return new LanguageGuess("en", 1);
        });

        var result = tagger.Tag(title, description);

        Assert.False(detectorCalled);
        Assert.Equal(new LanguageGuess(LanguageGuess.Undetermined, 0), result.Language);
        Assert.Empty(result.Harms);
        Assert.Null(result.Ages);
        Assert.Empty(result.Audiences);
        Assert.Null(result.ResourceType);
    }

    [Fact]
    public void Text_without_any_known_term_gets_no_tags()
    {
        var result = English.Tag("Quarterly newsletter", "Minutes of the board meeting held on 12 March.");

        Assert.Empty(result.Harms);
        Assert.Null(result.Ages);
        Assert.Null(result.ResourceType);
    }

    [Fact]
    public void The_tagger_reports_the_detected_language_and_gives_the_detector_title_and_description()
    {
        string? seen = null;
        var tagger = new ResourceTagger(Taxonomy, text =>
        {
            seen = text;
            return new LanguageGuess("fr", 0.87);
        });

        var result = tagger.Tag("Le cyberharcèlement", "Un guide pour les parents.");

        Assert.Equal(new LanguageGuess("fr", 0.87), result.Language);
        Assert.Equal("Le cyberharcèlement\nUn guide pour les parents.", seen);
        Assert.Contains(result.Harms, h => h.Id == "cyberbullying");
    }

    [Fact]
    public void Tagging_is_deterministic_and_safe_to_share_between_threads()
    {
        var cases = TaggingSet.Load().Cases;
        var tagger = new ResourceTagger(Taxonomy, _ => new LanguageGuess("en", 1));
        string Render(TaggingCase c)
        {
            var r = tagger.Tag(c.Title, c.Description, new LanguageGuess(c.Language, 1));
            return $"{string.Join(",", r.Harms)}|{r.Ages}|{string.Join(",", r.Audiences)}|{r.ResourceType}";
        }

        var sequential = cases.Select(Render).ToList();
        var parallel = new string[cases.Count * 8];
        Parallel.For(0, parallel.Length, i => parallel[i] = Render(cases[i % cases.Count]));

        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % cases.Count], parallel[i]);
        }
    }

    [Fact]
    public void A_text_in_a_language_outside_the_six_is_matched_against_every_lexicon()
    {
        var tagger = new ResourceTagger(Taxonomy, _ => new LanguageGuess("pt", 0.9));

        var result = tagger.Tag("Sextortion e grooming", "Um guia sobre sextortion para pais.");

        Assert.Contains(result.Harms, h => h.Id == "ocsea/sextortion");
        Assert.Contains(result.Harms, h => h.Id == "ocsea/grooming");
    }
}
