using System.Text.Json;
using System.Text.RegularExpressions;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Indexer.Tagging;

/// <summary>A concept the tagger can recognise; <see cref="Parent"/> is the index of its parent harm or -1.</summary>
internal sealed record TaggingConcept(string Facet, string Id, int Parent);

/// <summary>
/// The tagging vocabulary: every label, synonym and deprecated term of the taxonomy's harms, audiences and
/// resource types in the six UN languages, plus the extra and re-weighted terms of tagging-lexicon.v1.json,
/// compiled into one <see cref="PhraseIndex"/> per Latin stemmer. Concepts come only from the taxonomy, so
/// the tagger can never emit an ID the taxonomy does not know. Immutable and thread-safe once built.
/// </summary>
internal sealed partial class TaggingLexicon
{
    internal const string ResourceName = "GoSafer.Indexer.tagging-lexicon.v1.json";
    internal const string CueFacet = "cue";

    private static readonly string[] UnLanguages = ["ar", "zh", "en", "fr", "ru", "es"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<TaggingLexiconFile> EmbeddedFile = new(() =>
    {
        using var stream = typeof(TaggingLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return JsonSerializer.Deserialize<TaggingLexiconFile>(stream, Json)
            ?? throw new InvalidDataException($"{ResourceName} is empty.");
    });

    private readonly PhraseIndex[] _indexes;
    private readonly WordIdCache[] _caches = Enum.GetValues<LatinStemming>().Select(_ => new WordIdCache()).ToArray();
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _latinStops;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _cyrillicStops;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _arabicStops;

    private TaggingLexicon(HubTaxonomy taxonomy, TaggingLexiconFile file)
    {
        var problems = new List<string>();
        var concepts = new List<TaggingConcept>();
        var conceptIndex = new Dictionary<(string Facet, string Id), int>();
        void AddConcept(string facet, string id, string? parent)
        {
            conceptIndex[(facet, id)] = concepts.Count;
            concepts.Add(new TaggingConcept(facet, id, parent is null ? -1 : conceptIndex[(Facets.Harm, parent)]));
        }

        foreach (var harm in taxonomy.Document.Harms)
        {
            AddConcept(Facets.Harm, harm.Id, harm.Parent);
        }

        foreach (var audience in taxonomy.Document.Audiences)
        {
            AddConcept(Facets.Audience, audience.Id, null);
        }

        foreach (var type in taxonomy.Document.ResourceTypes)
        {
            AddConcept(Facets.Type, type.Id, null);
        }

        PassingMentionCue = concepts.Count;
        AddConcept(CueFacet, "passing-mention", null);
        Concepts = concepts;

        // (concept, language, folded term) → weight; the file's weight overrides the taxonomy's.
        var weights = new Dictionary<(int Concept, string Language, string Term), double>();
        void AddTerm(int concept, string language, string term, double weight)
        {
            var folded = TextNormalizer.Fold(Parenthesised().Replace(term, " ")).Trim();
            if (folded.Length > 0)
            {
                weights[(concept, language, folded)] = weight;
            }
        }

        void AddConceptTerms(string facet, Concept concept)
        {
            var index = conceptIndex[(facet, concept.Id)];
            foreach (var language in UnLanguages)
            {
                if (concept.Labels.TryGetValue(language, out var label))
                {
                    AddTerm(index, language, label, 1.0);
                }

                foreach (var synonym in concept.Synonyms?.GetValueOrDefault(language) ?? [])
                {
                    AddTerm(index, language, synonym, 1.0);
                }
            }
        }

        foreach (var harm in taxonomy.Document.Harms)
        {
            AddConceptTerms(Facets.Harm, harm);
        }

        foreach (var audience in taxonomy.Document.Audiences)
        {
            AddConceptTerms(Facets.Audience, audience);
        }

        foreach (var type in taxonomy.Document.ResourceTypes)
        {
            AddConceptTerms(Facets.Type, type);
        }

        foreach (var deprecated in taxonomy.Document.DeprecatedTerms ?? [])
        {
            AddTerm(conceptIndex[(Facets.Harm, deprecated.Preferred)], deprecated.Language, deprecated.Term, 1.0);
        }

        foreach (var group in file.Terms ?? [])
        {
            if (group.Facet == CueFacet || !conceptIndex.TryGetValue((group.Facet, group.Id), out var index))
            {
                problems.Add($"terms: unknown {group.Facet} '{group.Id}'");
                continue;
            }

            if (group.Weight is < 0 or > 1)
            {
                problems.Add($"terms: {group.Facet} '{group.Id}' has weight {group.Weight} outside 0..1");
            }

            foreach (var (language, terms) in group.Terms)
            {
                if (!UnLanguages.Contains(language))
                {
                    problems.Add($"terms: {group.Facet} '{group.Id}' lists unknown language '{language}'");
                }

                foreach (var term in terms)
                {
                    AddTerm(index, language, term, group.Weight);
                }
            }
        }

        foreach (var (language, cues) in file.PassingMentionCues ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            foreach (var cue in cues)
            {
                AddTerm(PassingMentionCue, language, cue, 1.0);
            }
        }

        var typeAudiences = new IReadOnlyList<int>[concepts.Count];
        foreach (var (type, audiences) in file.TypeAudiences ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (!conceptIndex.TryGetValue((Facets.Type, type), out var typeIndex))
            {
                problems.Add($"typeAudiences: unknown resource type '{type}'");
                continue;
            }

            var indexes = new List<int>();
            foreach (var audience in audiences)
            {
                if (conceptIndex.TryGetValue((Facets.Audience, audience), out var audienceIndex))
                {
                    indexes.Add(audienceIndex);
                }
                else
                {
                    problems.Add($"typeAudiences: unknown audience '{audience}'");
                }
            }

            typeAudiences[typeIndex] = indexes;
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException("Invalid tagging lexicon: " + string.Join("; ", problems));
        }

        TypeAudiences = typeAudiences;

        var stopWords = file.StopWords ?? new Dictionary<string, IReadOnlyList<string>>();
        HashSet<string> StopSet(params string[] languages) =>
            languages.SelectMany(l => stopWords.GetValueOrDefault(l) ?? []).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        var latinStops = new[] { StopSet("en", "fr", "es"), StopSet("en"), StopSet("fr"), StopSet("es") };
        _latinStops = latinStops.Select(s => s.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
        _cyrillicStops = StopSet("ru").GetAlternateLookup<ReadOnlySpan<char>>();
        _arabicStops = StopSet("ar").GetAlternateLookup<ReadOnlySpan<char>>();

        var ordered = weights.Where(w => w.Value > 0)
            .OrderBy(w => w.Key.Concept).ThenBy(w => w.Key.Language, StringComparer.Ordinal).ThenBy(w => w.Key.Term, StringComparer.Ordinal)
            .ToList();
        _indexes = Enum.GetValues<LatinStemming>().Select(stemming =>
        {
            var builder = new PhraseIndex.Builder();
            var stemmer = new WordStemmer(stemming);
            var phrase = new List<string>();
            foreach (var ((concept, language, term), weight) in ordered)
            {
                phrase.Clear();
                var scanner = new WordScanner(term);
                while (scanner.Next(out var start, out var length, out var script, out _, out _))
                {
                    var word = term.AsSpan(start, length);
                    if (!IsStopWord(word, script, stemming))
                    {
                        phrase.Add(stemmer.Stem(word, script).ToString());
                    }
                }

                builder.Add(phrase, new LexiconEntry(concept, language, weight));
            }

            return builder.Build();
        }).ToArray();
    }

    public IReadOnlyList<TaggingConcept> Concepts { get; }

    /// <summary>The pseudo-concept of phrases that mark a mention as passing ("briefly", "brièvement", "кратко").</summary>
    public int PassingMentionCue { get; }

    /// <summary>Per resource-type concept: the audiences that kind of resource serves (a lesson plan serves educators and children).</summary>
    public IReadOnlyList<IReadOnlyList<int>?> TypeAudiences { get; }

    public static TaggingLexicon Create(HubTaxonomy taxonomy) => new(taxonomy, EmbeddedFile.Value);

    internal static TaggingLexicon Create(HubTaxonomy taxonomy, TaggingLexiconFile file) => new(taxonomy, file);

    public PhraseIndex IndexFor(LatinStemming stemming) => _indexes[(int)stemming];

    public WordIdCache CacheFor(LatinStemming stemming) => _caches[(int)stemming];

    public bool IsStopWord(ReadOnlySpan<char> word, WordScript script, LatinStemming stemming) => script switch
    {
        WordScript.Latin => _latinStops[(int)stemming].Contains(word),
        WordScript.Cyrillic => _cyrillicStops.Contains(word),
        WordScript.Arabic => _arabicStops.Contains(word),
        _ => false,
    };

    // Labels such as "Сексуальное вымогательство (сексторшн)" name the concept without the aside.
    [GeneratedRegex(@"\([^)]*\)|（[^）]*）")]
    private static partial Regex Parenthesised();
}
