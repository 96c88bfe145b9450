using System.Globalization;
using System.Text;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Benchmarks.Corpus;

/// <summary>
/// Generates resource <c>i</c> of a corpus from (seed, i) alone, so a child process can stream the
/// same corpus without holding it (a million resources do not fit the memory budget twice).
/// Titles have 4–12 words and descriptions 60–200, drawn with Zipf frequencies from the language's
/// <see cref="Vocabulary"/> and separated by spaces (Chinese too: see <see cref="Vocabulary"/>).
/// About half the resources name one of their harms with a taxonomy label or synonym, as real
/// descriptions do; those words are never query words.
/// </summary>
internal sealed class CorpusGenerator
{
    // Chinese resources are monolingual (Languages.PartnersOf): 6% of the others is 5% of all.
    private const double BilingualShare = 0.06;
    private const double UndeclaredHarmsShare = 0.10;

    private static readonly string[] Licenses = ["CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC-BY-ND-4.0", "All rights reserved"];

    private static readonly Dictionary<string, string[]> CountriesByLanguage = new(StringComparer.Ordinal)
    {
        ["ar"] = ["EG", "JO", "MA", "SA", "AE", "TN", "LB", "QA", "DZ", "IQ"],
        ["zh"] = ["CN", "TW", "HK", "SG", "MO"],
        ["en"] = ["GB", "US", "AU", "CA", "IE", "NZ", "ZA", "KE", "NG", "IN", "PH", "GH"],
        ["fr"] = ["FR", "BE", "CA", "CH", "SN", "CI", "CM", "MA", "LU", "BF"],
        ["ru"] = ["RU", "KZ", "BY", "KG", "UZ", "AM", "TJ"],
        ["es"] = ["ES", "MX", "AR", "CO", "CL", "PE", "EC", "UY", "GT", "CR"],
    };

    // Weights of the evidence levels in taxonomy order: effective, promising, informed, no effect, not assessed.
    private static readonly double[] EvidenceWeights = [0.06, 0.10, 0.26, 0.03, 0.55];

    private readonly Vocabulary _vocabulary;
    private readonly HubTaxonomy _taxonomy;
    private readonly ulong _seed;
    private readonly int _organizationsPerLanguage;
    private readonly Dictionary<string, ZipfSampler> _zipf;
    private readonly Dictionary<(string Harm, string Language), List<string>> _conceptNames = [];
    private readonly List<string> _harms;
    private readonly List<double> _harmWeights;

    public CorpusGenerator(Vocabulary vocabulary, HubTaxonomy taxonomy, ulong seed, int documents)
    {
        _vocabulary = vocabulary;
        _taxonomy = taxonomy;
        _seed = seed;
        _organizationsPerLanguage = Math.Max(20, documents / 60);
        _zipf = vocabulary.Words.ToDictionary(p => p.Key, p => new ZipfSampler(p.Value.Count), StringComparer.Ordinal);
        foreach (var harm in taxonomy.Document.Harms)
        {
            foreach (var language in Languages.All)
            {
                _conceptNames[(harm.Id, language)] = [harm.Labels[language], .. harm.Synonyms?.GetValueOrDefault(language) ?? []];
            }
        }

        // Specific harms are declared more often than their parents; general online safety is common.
        _harms = taxonomy.Document.Harms.Select(h => h.Id).ToList();
        _harmWeights = taxonomy.Document.Harms.Select(h => h.Id == "general-online-safety" ? 3.0 : h.Parent is null ? 1.0 : 1.5).ToList();
    }

    public Vocabulary Vocabulary => _vocabulary;

    public GeneratedResource Generate(int index)
    {
        var rng = new Rng(_seed, Rng.StreamOf("resource"), (ulong)index);
        var language = rng.Pick(Languages.All);
        var languages = new List<string> { language };
        var partners = Languages.PartnersOf(language);
        if (partners.Count > 0 && rng.Chance(BilingualShare))
        {
            languages.Add(rng.Pick(partners));
        }

        var harms = rng.Chance(UndeclaredHarmsShare) ? [] : DrawHarms(rng);

        // A resource without declared harms is still about something: the text may say what.
        var topic = harms.Count > 0 ? rng.Pick(harms) : _harms[rng.Weighted(_harmWeights)];
        var mention = rng.Chance(0.5) ? rng.Pick(_conceptNames[(topic, language)]) : null;
        var titleMention = mention is not null && rng.Chance(0.3) ? mention : null;

        var title = Sentence(rng, language, rng.Between(4, 12), titleMention, terminal: false);
        var descriptionWords = rng.Between(60, 200);
        var primaryWords = languages.Count == 1 ? descriptionWords : descriptionWords * 3 / 5;
        var description = new StringBuilder(Paragraph(rng, language, primaryWords, titleMention is null ? mention : null));
        if (languages.Count == 2)
        {
            description.Append('\n').Append(Paragraph(rng, languages[1], descriptionWords - primaryWords, mention: null));
        }

        var ageMin = rng.Between(0, 16);
        var publishedAt = new DateTimeOffset(2012, 1, 1, 0, 0, 0, TimeSpan.Zero)
            .AddMinutes(rng.Next(14 * 365 * 24 * 60));
        var countries = CountriesByLanguage[language];
        return new GeneratedResource
        {
            Id = "res_" + index.ToString("D8", CultureInfo.InvariantCulture),
            Title = title,
            Description = description.ToString(),
            Url = $"https://example.org/benchmark/{index.ToString(CultureInfo.InvariantCulture)}",
            Organization = Organization(language, rng.Next(_organizationsPerLanguage)),
            Languages = languages,
            AgeMin = ageMin,
            AgeMax = rng.Between(Math.Min(ageMin + 2, 18), 18),
            Harms = harms,
            Audiences = rng.Sample(_taxonomy.Document.Audiences.Select(a => a.Id).ToList(), rng.Between(1, 3)),
            ResourceType = rng.Pick(_taxonomy.Document.ResourceTypes).Id,
            Countries = rng.Sample(countries, rng.Between(1, 3)),
            License = rng.Pick(Licenses),
            PublishedYear = publishedAt.Year - (rng.Chance(0.3) ? rng.Between(1, 3) : 0),
            EvidenceLevel = _taxonomy.Document.EvidenceLevels[rng.Weighted(EvidenceWeights)].Id,
            PublishedAt = publishedAt,
        };
    }

    /// <summary>The name of organisation <paramref name="number"/> of a language: two or three capitalised words.</summary>
    public string Organization(string language, int number)
    {
        var rng = new Rng(_seed, Rng.StreamOf("organization-" + language), (ulong)number);
        var words = Enumerable.Range(0, rng.Between(2, 3)).Select(_ => Languages.Capitalize(language, Word(rng, language)));
        return string.Join(' ', words);
    }

    public string Word(Rng rng, string language) => _vocabulary.Words[language][_zipf[language].Sample(rng)];

    private List<string> DrawHarms(Rng rng)
    {
        var count = rng.Weighted([0.5, 0.35, 0.15]) + 1;
        var harms = new List<string>(count);
        while (harms.Count < count)
        {
            var harm = _harms[rng.Weighted(_harmWeights)];
            if (!harms.Contains(harm))
            {
                harms.Add(harm);
            }
        }

        return harms;
    }

    private string Paragraph(Rng rng, string language, int words, string? mention)
    {
        var sentences = new List<string>();
        var mentionAt = mention is null ? -1 : rng.Next(Math.Max(1, words / 14));
        for (var written = 0; written < words;)
        {
            var length = Math.Min(rng.Between(8, 20), words - written);
            sentences.Add(Sentence(rng, language, length, sentences.Count == mentionAt ? mention : null, terminal: true));
            written += length;
        }

        return string.Join(' ', sentences);
    }

    /// <summary>
    /// <paramref name="length"/> words (a mention counts its own), sometimes repeating an earlier
    /// one (real text is bursty), a capital first letter where the script has one, a comma now and
    /// then, a full stop.
    /// </summary>
    private string Sentence(Rng rng, string language, int length, string? mention, bool terminal)
    {
        var words = new List<string>(length + 1);
        var own = mention is null ? length : Math.Max(1, length - mention.Split(' ').Length);
        for (var i = 0; i < own; i++)
        {
            words.Add(i > 2 && rng.Chance(0.15) ? words[rng.Next(i)] : Word(rng, language));
        }

        if (mention is not null)
        {
            words.Insert(rng.Next(words.Count + 1), mention);
        }

        var comma = language switch { "zh" => "，", "ar" => "،", _ => "," };
        var text = new StringBuilder(Languages.Capitalize(language, words[0]));
        for (var i = 1; i < words.Count; i++)
        {
            text.Append(i > 3 && i < words.Count - 2 && rng.Chance(0.07) ? comma + " " : " ").Append(words[i]);
        }

        return terminal ? text.Append(language == "zh" ? "。" : ".").ToString() : text.ToString();
    }
}
