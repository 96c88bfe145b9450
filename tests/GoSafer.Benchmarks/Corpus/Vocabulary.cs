using System.Text.Json;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Benchmarks.Corpus;

/// <summary>
/// The words of each language, most frequent first. Both engines must agree on which resources
/// contain a query word, so every word is read as one word of its own by every reader that sees
/// it: the engine's analyzer of each field the word can appear in (its language's fields, those of
/// the languages it shares resources with, the neutral organisation field) and the FTS5
/// tokenizer. A query word is also analysed in every other language of the index, so its token
/// there must not be the token of a word that appears in that field. Words are dropped when they
/// are stop words anywhere, when a reader stems them onto the token of a word kept before or of a
/// taxonomy label or synonym (the indexed text holds those too), or when they name (or are part
/// of) a taxonomy harm concept, which our engine also matches on the harm facet.
/// Chinese words are two characters. The neutral analyzer reads Han text character by character,
/// so an organisation word "ab" is the phrase "a b"; keeping only words whose first character is
/// never the second character of another makes sure that phrase never spans two words.
/// </summary>
internal sealed record Vocabulary(IReadOnlyDictionary<string, IReadOnlyList<string>> Words, IReadOnlyDictionary<string, int> RealWords)
{
    private const string Fts5 = "fts5";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Vocabulary Build(HubTaxonomy taxonomy, int wordsPerLanguage)
    {
        using var probe = new TokenProbe();
        var tokens = new TakenTokens();
        var concepts = ConceptNames(taxonomy);
        ReserveTokens(probe, [.. concepts, .. LabelsIndexedAsText(taxonomy)], tokens);
        var conceptWords = concepts.SelectMany(c => ConceptMatcher.Normalize(c).Split(' ')).ToHashSet(StringComparer.Ordinal);
        var chineseConcepts = concepts.Select(ConceptMatcher.Normalize).Where(c => c.Any(IsHan)).ToList();

        var candidates = Languages.All.ToDictionary(l => l, l => Candidates(l, wordsPerLanguage), StringComparer.Ordinal);
        var all = candidates.Values.SelectMany(c => c.Words).ToList();
        var fts = TokenProbe.Fts5(all).Select((t, i) => (Word: all[i], Tokens: t)).GroupBy(p => p.Word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Tokens, StringComparer.Ordinal);

        var accepted = Languages.All.ToDictionary(l => l, _ => new List<string>(wordsPerLanguage), StringComparer.Ordinal);
        var real = Languages.All.ToDictionary(l => l, _ => 0, StringComparer.Ordinal);
        var positions = Languages.All.ToDictionary(l => l, _ => 0, StringComparer.Ordinal);
        var (firstCharacters, secondCharacters) = (new HashSet<char>(), new HashSet<char>());

        // Round robin over the languages, so that no language takes every contested token first.
        for (var progress = true; progress;)
        {
            progress = false;
            foreach (var language in Languages.All)
            {
                var list = candidates[language].Words;
                while (accepted[language].Count < wordsPerLanguage && positions[language] < list.Count)
                {
                    var at = positions[language]++;
                    var word = list[at];
                    progress = true;
                    var chinese = language == Languages.Chinese;
                    if (chinese && word.Length == 2 && (secondCharacters.Contains(word[0]) || firstCharacters.Contains(word[1])))
                    {
                        continue;
                    }

                    if (Keep(probe, language, word, fts[word], tokens, conceptWords, chineseConcepts))
                    {
                        if (chinese)
                        {
                            firstCharacters.Add(word[0]);
                            secondCharacters.Add(word[1]);
                        }

                        accepted[language].Add(word);
                        real[language] += at < candidates[language].RealWords ? 1 : 0;
                        break;
                    }
                }
            }
        }

        return new Vocabulary(
            accepted.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal),
            real);
    }

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json));

    public static Vocabulary Load(string path) =>
        JsonSerializer.Deserialize<Vocabulary>(File.ReadAllText(path), Json) ?? throw new InvalidDataException(path);

    private static bool Keep(
        TokenProbe probe, string language, string word, string[] fts, TakenTokens taken,
        HashSet<string> conceptWords, List<string> chineseConcepts)
    {
        var chinese = language == Languages.Chinese;
        if (chinese ? word.Length != 2 || !word.All(IsHan) : word.Length < 3)
        {
            return false;
        }

        if (conceptWords.Contains(ConceptMatcher.Normalize(word)) || (chinese && chineseConcepts.Any(c => c.Contains(word, StringComparison.Ordinal)))
            || LanguageAnalyzers.QueryStopWords.Contains(word))
        {
            return false;
        }

        // FTS5 has one token space for all columns, and every word appears in it.
        if (fts.Length != 1 || taken.Any(Fts5, fts[0]))
        {
            return false;
        }

        var keys = new List<(string Field, string Token, bool Appears)>(TokenProbe.Fields.Count + 1) { (Fts5, fts[0], true) };
        var appearsIn = Languages.PartnersOf(language).Append(language).Select(TokenProbe.FieldOf).Append(IndexFields.Organization).ToHashSet(StringComparer.Ordinal);

        // The own language first: most words that go are stemmed onto an earlier word there.
        foreach (var field in TokenProbe.Fields.OrderBy(f => f == TokenProbe.FieldOf(language) ? 0 : 1))
        {
            var tokens = probe.Lucene(field, word);
            var appears = appearsIn.Contains(field);
            if (tokens.Length == 0
                || (appears && Languages.HasCase(language) && !tokens.SequenceEqual(probe.Lucene(field, Languages.Capitalize(language, word)))))
            {
                return false;
            }

            if (tokens.Length == 1)
            {
                // A word in this field needs a token no other word has; a word absent from it, a token no present word has.
                if ((appears ? taken.Any(field, tokens[0]) : taken.Present(field, tokens[0])) || (chinese && appears && tokens[0] != word))
                {
                    return false;
                }

                keys.Add((field, tokens[0], appears));
            }
            else if (!(chinese && field != TokenProbe.FieldOf(Languages.Chinese) && (!appears || tokens.SequenceEqual([word[..1], word[1..]])))
                     && !(!chinese && field == TokenProbe.FieldOf(Languages.Chinese)))
            {
                // Only two split readings are safe: Han characters one by one outside the Chinese
                // fields (a phrase that stays inside a word, see above, or finds no Han text at
                // all), and SmartCn's letter by letter reading of other scripts (Chinese fields
                // hold only Chinese resources).
                return false;
            }
        }

        foreach (var (field, token, appears) in keys)
        {
            taken.Add(field, token, appears);
        }

        return true;
    }

    /// <summary>Every label, synonym and deprecated term of the harm concepts.</summary>
    private static List<string> ConceptNames(HubTaxonomy taxonomy) =>
        [
            .. taxonomy.Document.Harms.SelectMany(h => h.Labels.Values.Concat(h.Synonyms?.Values.SelectMany(s => s) ?? [])),
            .. taxonomy.Document.DeprecatedTerms.Select(t => t.Term),
        ];

    /// <summary>
    /// The labels of every taxonomy value: our index adds those of a resource's harms, audiences
    /// and type to its searchable body (CatalogDocumentBuilder), and FTS5 gets the same body.
    /// </summary>
    private static IEnumerable<string> LabelsIndexedAsText(HubTaxonomy taxonomy) =>
        Facets.All.SelectMany(facet => taxonomy.Ids(facet).SelectMany(id => taxonomy.Document.UiLanguages.Select(ui => taxonomy.Label(facet, id, ui))));

    /// <summary>
    /// Concept names and labels appear in the indexed text (resources mention their harms, so the
    /// tagger has something to find): no vocabulary word may read like one of their words.
    /// </summary>
    private static void ReserveTokens(TokenProbe probe, List<string> names, TakenTokens taken)
    {
        foreach (var concept in names)
        {
            foreach (var field in TokenProbe.Fields)
            {
                foreach (var token in probe.Lucene(field, concept))
                {
                    taken.Add(field, token, appears: true);
                }
            }
        }

        foreach (var token in TokenProbe.Fts5(names).SelectMany(t => t))
        {
            taken.Add(Fts5, token, appears: true);
        }
    }

    private static (List<string> Words, int RealWords) Candidates(string language, int wordsPerLanguage)
    {
        var real = EmbeddedWords(language);
        if (language == Languages.Chinese)
        {
            return (real, real.Count);
        }

        // Three candidates per word wanted: stemming collisions and stop words take about half.
        var seen = new HashSet<string>(real, StringComparer.Ordinal);
        var words = real.ToList();
        words.AddRange(PseudoWords.Candidates(language).Where(seen.Add).Take(wordsPerLanguage * 3));
        return (words, real.Count);
    }

    private static List<string> EmbeddedWords(string language)
    {
        using var stream = typeof(Vocabulary).Assembly.GetManifestResourceStream($"GoSafer.Benchmarks.Words.{language}.txt")
            ?? throw new InvalidOperationException($"word list {language}.txt is not embedded");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line.Trim());
            }
        }

        return words;
    }

    /// <summary>Per reader: the tokens of every word kept, and of the words that can appear in its field.</summary>
    private sealed class TakenTokens
    {
        private readonly Dictionary<string, HashSet<string>> _any = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _present = new(StringComparer.Ordinal);

        public bool Any(string field, string token) => _any.TryGetValue(field, out var set) && set.Contains(token);

        public bool Present(string field, string token) => _present.TryGetValue(field, out var set) && set.Contains(token);

        public void Add(string field, string token, bool appears)
        {
            Set(_any, field).Add(token);
            if (appears)
            {
                Set(_present, field).Add(token);
            }
        }

        private static HashSet<string> Set(Dictionary<string, HashSet<string>> sets, string field) =>
            sets.TryGetValue(field, out var set) ? set : sets[field] = new HashSet<string>(StringComparer.Ordinal);
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
