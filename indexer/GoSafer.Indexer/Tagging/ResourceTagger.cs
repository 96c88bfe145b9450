using GoSafer.Indexer.Language;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Indexer.Tagging;

/// <summary>
/// Infers a resource's language, harms, age range, audiences and resource type from its title and
/// description (see docs/tagging.md). Deterministic, thread-safe and allocation-light: build one per
/// process (the constructor compiles the lexicon) and share it.
/// </summary>
public sealed class ResourceTagger
{
    /// <summary>A harm is reported from this confidence up (one full-term mention in the description ≈ 0.62).</summary>
    public const double MinHarmConfidence = 0.5;

    /// <summary>
    /// A harm whose score is below this share of the strongest harm's is a side mention of a resource about
    /// something else and is not reported.
    /// </summary>
    public const double MinShareOfTopHarm = 0.25;

    public const double MinAudienceConfidence = 0.5;
    public const double MinShareOfTopAudience = 0.3;
    public const double MinTypeConfidence = 0.4;

    /// <summary>What the resource type adds to the audiences it serves (a lesson plan → educators, children).</summary>
    public const double TypeAudienceScore = 0.6;

    private readonly Func<string, LanguageGuess> _detectLanguage;
    private readonly TaggingLexicon _lexicon;

    /// <param name="taxonomy">The taxonomy whose IDs the tagger emits (and whose labels and synonyms it reads).</param>
    /// <param name="detectLanguage">The language detector; it receives the title and description joined by a line break.</param>
    public ResourceTagger(HubTaxonomy taxonomy, Func<string, LanguageGuess> detectLanguage)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(detectLanguage);
        _detectLanguage = detectLanguage;
        _lexicon = TaggingLexicon.Create(taxonomy);
    }

    /// <summary>Tags a resource, detecting its language. Empty text gets no tags and language "und" (the detector is not asked).</summary>
    public TagResult Tag(string? title, string? description)
    {
        if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(description))
        {
            return new TagResult(LanguageGuess.None, [], null, [], null);
        }

        return Tag(title, description, _detectLanguage($"{title}\n{description}"));
    }

    /// <summary>Tags a resource whose language is already known (ISO 639-1 or a BCP 47 tag).</summary>
    public TagResult Tag(string? title, string? description, LanguageGuess language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var foldedTitle = TextNormalizer.Fold(title);
        var foldedDescription = TextNormalizer.Fold(description);
        if (foldedTitle.AsSpan().Trim().IsEmpty && foldedDescription.AsSpan().Trim().IsEmpty)
        {
            return new TagResult(language, [], null, [], null);
        }

        var code = LanguageTags.Primary(language.Language);
        var evidence = new ConceptEvidence(_lexicon, StemmingFor(code), code);
        evidence.AddTitle(foldedTitle);
        evidence.AddDescription(foldedDescription);
        var (scores, firstMention) = evidence.Score();

        var type = ChooseType(scores, firstMention);
        return new TagResult(
            language,
            ChooseHarms(scores),
            AgeRangeExtractor.ExtractFolded(foldedTitle + " | " + foldedDescription, code),
            ChooseAudiences(scores, type),
            type < 0 ? null : _lexicon.Concepts[type].Id);
    }

    // Latin words in Russian, Arabic and Chinese texts are mostly English loanwords and acronyms.
    private static LatinStemming StemmingFor(string? language) => language switch
    {
        "en" or "ru" or "ar" or "zh" => LatinStemming.English,
        "fr" => LatinStemming.French,
        "es" => LatinStemming.Spanish,
        _ => LatinStemming.None,
    };

    private List<HarmTag> ChooseHarms(double[] scores)
    {
        var concepts = _lexicon.Concepts;
        var top = 0.0;
        for (var c = 0; c < concepts.Count; c++)
        {
            if (concepts[c].Facet == Facets.Harm)
            {
                top = Math.Max(top, scores[c]);
            }
        }

        if (top <= 0)
        {
            return [];
        }

        // Decide on each harm's own evidence, then roll up: a reported child implies its parent, whose
        // confidence becomes at least the child's (the parent is true whenever the child is).
        var confidence = new double[concepts.Count];
        for (var c = 0; c < concepts.Count; c++)
        {
            var own = ConceptEvidence.Confidence(scores[c]);
            if (concepts[c].Facet == Facets.Harm && own >= MinHarmConfidence && scores[c] >= MinShareOfTopHarm * top)
            {
                for (var a = c; a >= 0; a = concepts[a].Parent)
                {
                    confidence[a] = Math.Max(confidence[a], Math.Max(own, ConceptEvidence.Confidence(scores[a])));
                }
            }
        }

        var harms = new List<HarmTag>();
        for (var c = 0; c < concepts.Count; c++)
        {
            if (confidence[c] > 0)
            {
                harms.Add(new HarmTag(concepts[c].Id, Round(confidence[c])));
            }
        }

        // Stable sort: equal confidences keep taxonomy order.
        return [.. harms.OrderByDescending(h => h.Confidence)];
    }

    private int ChooseType(double[] scores, int[] firstMention)
    {
        var best = -1;
        for (var c = 0; c < scores.Length; c++)
        {
            if (_lexicon.Concepts[c].Facet != Facets.Type || ConceptEvidence.Confidence(scores[c]) < MinTypeConfidence)
            {
                continue;
            }

            if (best < 0 || scores[c] > scores[best] || (scores[c] == scores[best] && firstMention[c] < firstMention[best]))
            {
                best = c;
            }
        }

        return best;
    }

    private List<string> ChooseAudiences(double[] scores, int type)
    {
        var concepts = _lexicon.Concepts;
        var audience = new double[concepts.Count];
        var top = 0.0;
        for (var c = 0; c < concepts.Count; c++)
        {
            if (concepts[c].Facet == Facets.Audience)
            {
                audience[c] = scores[c];
            }
        }

        foreach (var served in type < 0 ? [] : _lexicon.TypeAudiences[type] ?? [])
        {
            audience[served] += TypeAudienceScore;
        }

        foreach (var score in audience)
        {
            top = Math.Max(top, score);
        }

        var chosen = new List<(int Concept, double Score)>();
        for (var c = 0; c < concepts.Count; c++)
        {
            if (audience[c] > 0 && ConceptEvidence.Confidence(audience[c]) >= MinAudienceConfidence && audience[c] >= MinShareOfTopAudience * top)
            {
                chosen.Add((c, audience[c]));
            }
        }

        return [.. chosen.OrderByDescending(a => Round(a.Score)).Select(a => concepts[a.Concept].Id)];
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
