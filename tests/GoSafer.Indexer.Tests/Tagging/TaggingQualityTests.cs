using System.Globalization;
using System.Text;
using GoSafer.Indexer.Language;
using GoSafer.Indexer.Tagging;
using GoSafer.Indexer.Taxonomy;
using Xunit.Abstractions;

namespace GoSafer.Indexer.Tests.Tagging;

/// <summary>
/// Quality gates of the auto-tagger over the hand-written test set: harm micro-F1 ≥ 0.85 on the most
/// specific harms, language 100 %, age range exact for ≥ 85 % of the cases that state one (and ages
/// invented for at most 15 % of those that state none). Audience micro-F1 and resource-type accuracy are
/// measured and printed but not gated: on cases the tagger had not seen they stayed below 0.7 (see
/// docs/tagging.md). Every miss is printed with its case ID.
/// </summary>
public sealed class TaggingQualityTests(ITestOutputHelper output)
{
    private static readonly TaggingSet Set = TaggingSet.Load();

    [Fact]
    public void The_test_set_has_at_least_eight_cases_per_UN_language_and_three_quarters_state_an_age()
    {
        Assert.True(Set.Cases.Count >= 48, $"{Set.Cases.Count} cases");
        foreach (var language in new[] { "ar", "zh", "en", "fr", "ru", "es" })
        {
            Assert.True(Set.Cases.Count(c => c.Language == language) >= 8, language);
        }

        var withAge = Set.Cases.Count(c => c.Expected.Ages is not null) / (double)Set.Cases.Count;
        Assert.InRange(withAge, 0.65, 0.85);
        Assert.Equal(Set.Cases.Count, Set.Cases.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Expected_tags_in_the_test_set_are_taxonomy_ids_and_harms_are_most_specific()
    {
        var taxonomy = TaxonomyLoader.LoadEmbedded();
        foreach (var c in Set.Cases)
        {
            Assert.All(c.Expected.Harms, h => Assert.True(taxonomy.IsKnown(Facets.Harm, h), $"{c.Id}: {h}"));
            Assert.All(c.Expected.Audiences, a => Assert.True(taxonomy.IsKnown(Facets.Audience, a), $"{c.Id}: {a}"));
            Assert.True(c.Expected.ResourceType is null || taxonomy.IsKnown(Facets.Type, c.Expected.ResourceType), c.Id);
            Assert.DoesNotContain(c.Expected.Harms, h => c.Expected.Harms.Any(other => other.StartsWith(h + "/", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Tagging_the_test_set_meets_the_quality_gates()
    {
        var report = Evaluate(Set.Cases);
        output.WriteLine(report.Text);

        Assert.Equal(1.0, report.LanguageAccuracy);
        Assert.True(report.HarmMicroF1 >= 0.85, $"harm micro-F1 {report.HarmMicroF1:F3} < 0.85");
        Assert.True(report.AgeAccuracy >= 0.85, $"age accuracy {report.AgeAccuracy:F3} < 0.85");
        Assert.True(report.AgeFalseAlarms <= 0.15, $"ages invented for {report.AgeFalseAlarms:P0} of the cases that state none");
    }

    [Fact]
    public void The_language_detector_names_the_language_of_every_case_in_the_test_set()
    {
        var tagger = new ResourceTagger(TaxonomyLoader.LoadEmbedded(), LanguageDetector.Default.Detect);
        var wrong = Set.Cases
            .Select(c => (c.Id, Expected: c.Language, Detected: tagger.Tag(c.Title, c.Description).Language))
            .Where(r => r.Detected.Language != r.Expected)
            .Select(r => $"{r.Id}: {r.Detected.Language} ({r.Detected.Confidence:F2}) expected {r.Expected}")
            .ToList();

        output.WriteLine($"language accuracy with LanguageDetector.Default: {1 - (wrong.Count / (double)Set.Cases.Count):F3}");
        Assert.Empty(wrong);
    }

    internal static QualityReport Evaluate(IReadOnlyList<TaggingCase> cases)
    {
        // The tag quality is measured apart from the language detector (tested above and in
        // LanguageDetectorTests): here the detector answers each case's expected language.
        var languageByText = cases.ToDictionary(c => $"{c.Title}\n{c.Description}", c => c.Language);
        var tagger = new ResourceTagger(TaxonomyLoader.LoadEmbedded(), text => new LanguageGuess(languageByText[text], 1.0));
        var text = new StringBuilder();
        int harmTp = 0, harmFp = 0, harmFn = 0, audienceTp = 0, audienceFp = 0, audienceFn = 0;
        int languageRight = 0, agesStated = 0, agesRight = 0, agesNone = 0, agesInvented = 0, typesRight = 0;
        var perLanguage = new SortedDictionary<string, int[]>(StringComparer.Ordinal); // tp, fp, fn, ages stated, ages right
        foreach (var c in cases)
        {
            var result = tagger.Tag(c.Title, c.Description);
            var misses = new List<string>();

            languageRight += result.Language.Language == c.Language ? 1 : 0;

            var harms = result.MostSpecificHarms().Select(h => h.Id).ToHashSet();
            var expectedHarms = c.Expected.Harms.ToHashSet();
            var counts = perLanguage.TryGetValue(c.Language, out var found) ? found : perLanguage[c.Language] = new int[5];
            counts[0] += harms.Count(expectedHarms.Contains);
            counts[1] += harms.Count(h => !expectedHarms.Contains(h));
            counts[2] += expectedHarms.Count(h => !harms.Contains(h));
            harmTp += harms.Count(expectedHarms.Contains);
            harmFp += harms.Count(h => !expectedHarms.Contains(h));
            harmFn += expectedHarms.Count(h => !harms.Contains(h));
            if (!harms.SetEquals(expectedHarms))
            {
                misses.Add($"harms [{Join(harms)}] expected [{Join(expectedHarms)}] (all: {Join(result.Harms.Select(h => $"{h.Id}:{h.Confidence:F2}"))})");
            }

            var ages = result.Ages is null ? null : new ExpectedAges(result.Ages.Min, result.Ages.Max);
            if (c.Expected.Ages is null)
            {
                agesNone++;
                agesInvented += ages is null ? 0 : 1;
            }
            else
            {
                agesStated++;
                agesRight += ages == c.Expected.Ages ? 1 : 0;
                counts[3]++;
                counts[4] += ages == c.Expected.Ages ? 1 : 0;
            }

            if (ages != c.Expected.Ages)
            {
                misses.Add($"ages {Show(ages)} expected {Show(c.Expected.Ages)}");
            }

            var audiences = result.Audiences.ToHashSet();
            var expectedAudiences = c.Expected.Audiences.ToHashSet();
            audienceTp += audiences.Count(expectedAudiences.Contains);
            audienceFp += audiences.Count(a => !expectedAudiences.Contains(a));
            audienceFn += expectedAudiences.Count(a => !audiences.Contains(a));
            if (!audiences.SetEquals(expectedAudiences))
            {
                misses.Add($"audiences [{Join(audiences)}] expected [{Join(expectedAudiences)}]");
            }

            typesRight += result.ResourceType == c.Expected.ResourceType ? 1 : 0;
            if (result.ResourceType != c.Expected.ResourceType)
            {
                misses.Add($"type {result.ResourceType ?? "-"} expected {c.Expected.ResourceType ?? "-"}");
            }

            foreach (var miss in misses)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{c.Id}: {miss}");
            }
        }

        var report = new QualityReport(
            LanguageAccuracy: languageRight / (double)cases.Count,
            HarmMicroF1: F1(harmTp, harmFp, harmFn),
            HarmPrecision: harmTp / (double)Math.Max(1, harmTp + harmFp),
            HarmRecall: harmTp / (double)Math.Max(1, harmTp + harmFn),
            AgeAccuracy: agesRight / (double)agesStated,
            AgeFalseAlarms: agesInvented / (double)Math.Max(1, agesNone),
            AudienceMicroF1: F1(audienceTp, audienceFp, audienceFn),
            TypeAccuracy: typesRight / (double)cases.Count,
            Text: "");
        return report with
        {
            Text = string.Create(CultureInfo.InvariantCulture, $"""
                cases {cases.Count}
                language accuracy {report.LanguageAccuracy:F3}
                harm micro-F1 {report.HarmMicroF1:F3} (precision {report.HarmPrecision:F3}, recall {report.HarmRecall:F3}; tp {harmTp} fp {harmFp} fn {harmFn})
                age exact {report.AgeAccuracy:F3} ({agesRight}/{agesStated}); ages invented {agesInvented}/{agesNone}
                audience micro-F1 {report.AudienceMicroF1:F3}; resource type accuracy {report.TypeAccuracy:F3} ({typesRight}/{cases.Count})
                per language: {string.Join("; ", perLanguage.Select(l => $"{l.Key} harm F1 {F1(l.Value[0], l.Value[1], l.Value[2]):F2}, ages {l.Value[4]}/{l.Value[3]}"))}
                misses:
                {text}
                """),
        };
    }

    private static double F1(int tp, int fp, int fn) => tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn);

    private static string Join(IEnumerable<string> values) => string.Join(", ", values.Order(StringComparer.Ordinal));

    private static string Show(ExpectedAges? ages) => ages is null ? "none" : $"{ages.Min}-{ages.Max}";

    internal sealed record QualityReport(
        double LanguageAccuracy,
        double HarmMicroF1,
        double HarmPrecision,
        double HarmRecall,
        double AgeAccuracy,
        double AgeFalseAlarms,
        double AudienceMicroF1,
        double TypeAccuracy,
        string Text);
}
