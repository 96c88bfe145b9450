using System.Buffers;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Indexer.Tagging;

/// <summary>Where a mention is: the title, the first sentence of the description, or the rest.</summary>
internal enum MentionPlace
{
    Title,
    Lead,
    Body,
}

/// <summary>One mention of a lexicon phrase: which concept, which phrase (its trie node), its term × language weight, where.</summary>
internal readonly record struct ConceptHit(int Concept, int Phrase, double Weight, MentionPlace Place, int Sentence, int Order);

/// <summary>
/// Finds the concept phrases in a resource's folded title and description and scores each concept.
/// One instance per tag call (it owns a <see cref="WordStemmer"/> when a word is not in the shared
/// <see cref="WordIdCache"/>); the lexicon it reads is shared.
/// </summary>
/// <remarks>
/// Matching: every word is reduced to its key (stop words dropped), the longest phrase starting at each
/// word is looked up, and a phrase that lies inside an earlier, longer one is ignored ("child sexual
/// abuse material" is CSAM, not also "child sexual abuse"); phrases that merely overlap both count.
/// Scoring: a mention counts its term weight × language weight × place weight (title 1, first sentence
/// of the description 0.75, rest 0.6; for audiences the rest counts 0.3, because "a letter to families"
/// or "tell a teacher" deep in a description does not say who the resource is for), × 0.3 in a sentence
/// with a passing-mention cue ("briefly", "кратко"); a resource type named in the title counts 2, since
/// titles name the resource's form ("… : a lesson plan") while a description's "game" or "lesson" is often
/// its topic ("offered free currency in a game"). A concept's score adds the best mention of each distinct phrase, plus 0.1 of it for each
/// repeat (at most three); confidence = 1 − e^(−1.6 × score), so one body mention of a full term ≈ 0.62,
/// one title mention ≈ 0.80, two distinct terms in the body ≈ 0.85.
/// </remarks>
internal sealed class ConceptEvidence(TaggingLexicon lexicon, LatinStemming stemming, string? language)
{
    public const double TitleWeight = 1.0;
    public const double TypeTitleWeight = 2.0;
    public const double LeadSentenceWeight = 0.75;
    public const double BodyWeight = 0.6;
    public const double AudienceBodyWeight = 0.3;
    public const double PassingMentionFactor = 0.3;
    public const double RepeatBonus = 0.1;
    public const int MaxRepeats = 3;
    public const double ConfidenceRate = 1.6;

    /// <summary>English terms count in other languages' texts (loanwords such as "grooming", "CSAM"), at this weight.</summary>
    public const double EnglishInOtherLanguage = 0.8;

    /// <summary>When the text's language is not one of the six, every language's terms count at this weight.</summary>
    public const double UnknownLanguage = 0.8;

    private readonly PhraseIndex _index = lexicon.IndexFor(stemming);
    private readonly WordIdCache _cache = lexicon.CacheFor(stemming);
    private readonly List<ConceptHit> _hits = [];
    private readonly bool _knownLanguage = language is "ar" or "zh" or "en" or "fr" or "ru" or "es";
    private WordStemmer? _stemmer;
    private int _sentence;

    public void AddTitle(string folded) => Add(folded, isTitle: true);

    public void AddDescription(string folded) => Add(folded, isTitle: false);

    /// <summary>The score of every concept (index = concept), and the order of its first mention (int.MaxValue when none).</summary>
    public (double[] Scores, int[] FirstMention) Score()
    {
        var concepts = lexicon.Concepts.Count;
        var scores = new double[concepts];
        var first = new int[concepts];
        Array.Fill(first, int.MaxValue);

        var passing = new HashSet<int>();
        foreach (var hit in _hits)
        {
            if (hit.Concept == lexicon.PassingMentionCue)
            {
                passing.Add(hit.Sentence);
            }
        }

        // Group by (concept, phrase); within a group the strongest mention counts fully, repeats add a little.
        _hits.Sort(static (a, b) => a.Concept != b.Concept ? a.Concept.CompareTo(b.Concept)
            : a.Phrase != b.Phrase ? a.Phrase.CompareTo(b.Phrase)
            : a.Order.CompareTo(b.Order));
        for (var i = 0; i < _hits.Count;)
        {
            var hit = _hits[i];
            var best = 0.0;
            var count = 0;
            var j = i;
            for (; j < _hits.Count && _hits[j].Concept == hit.Concept && _hits[j].Phrase == hit.Phrase; j++)
            {
                var weight = _hits[j].Weight * PlaceWeight(hit.Concept, _hits[j].Place)
                    * (passing.Contains(_hits[j].Sentence) ? PassingMentionFactor : 1.0);
                best = Math.Max(best, weight);
                count++;
                first[hit.Concept] = Math.Min(first[hit.Concept], _hits[j].Order);
            }

            scores[hit.Concept] += best * (1 + (RepeatBonus * Math.Min(count - 1, MaxRepeats)));
            i = j;
        }

        return (scores, first);
    }

    public static double Confidence(double score) => 1 - Math.Exp(-ConfidenceRate * score);

    private void Add(string folded, bool isTitle)
    {
        if (folded.Length == 0)
        {
            return;
        }

        _sentence++;
        var leadSentence = _sentence;
        var words = ArrayPool<int>.Shared.Rent(folded.Length + 1);
        var sentences = ArrayPool<int>.Shared.Rent(folded.Length + 1);
        try
        {
            var n = 0;
            var scanner = new WordScanner(folded);
            while (scanner.Next(out var start, out var length, out var script, out var breakBefore, out var sentenceBefore))
            {
                if (sentenceBefore)
                {
                    _sentence++;
                }

                if (breakBefore && n > 0 && words[n - 1] != PhraseIndex.NoWord)
                {
                    words[n] = PhraseIndex.NoWord;
                    sentences[n++] = _sentence;
                }

                var word = folded.AsSpan(start, length);
                var id = script == WordScript.Cjk ? _index.WordId(word) : WordId(word, script);
                if (id != WordIdCache.StopWord)
                {
                    words[n] = id;
                    sentences[n++] = _sentence;
                }
            }

            Match(words.AsSpan(0, n), sentences, isTitle, leadSentence);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(words);
            ArrayPool<int>.Shared.Return(sentences);
        }
    }

    private int WordId(ReadOnlySpan<char> word, WordScript script)
    {
        if (!_cache.TryGet(word, out var id))
        {
            id = lexicon.IsStopWord(word, script, stemming) ? WordIdCache.StopWord
                : _index.WordId((_stemmer ??= new WordStemmer(stemming)).Stem(word, script));
            _cache.Add(word, id);
        }

        return id;
    }

    private void Match(ReadOnlySpan<int> words, int[] sentences, bool isTitle, int leadSentence)
    {
        var covered = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] == PhraseIndex.NoWord)
            {
                continue;
            }

            var end = _index.LongestAt(words, i, out var node);
            if (end <= covered)
            {
                continue; // no phrase here, or one inside an earlier, longer phrase
            }

            covered = end;
            var place = isTitle ? MentionPlace.Title : sentences[i] == leadSentence ? MentionPlace.Lead : MentionPlace.Body;

            // A phrase shared by several languages of one concept ("grooming" is English, French and
            // Spanish) is one mention, counted in its best-weighted language.
            var firstOfPhrase = _hits.Count;
            foreach (var entry in _index.EntriesOf(node))
            {
                var weight = entry.Weight * LanguageWeight(entry.Language);
                if (weight <= 0)
                {
                    continue;
                }

                var same = -1;
                for (var h = firstOfPhrase; h < _hits.Count && same < 0; h++)
                {
                    same = _hits[h].Concept == entry.Concept ? h : -1;
                }

                if (same < 0)
                {
                    _hits.Add(new ConceptHit(entry.Concept, node, weight, place, sentences[i], _hits.Count));
                }
                else if (_hits[same].Weight < weight)
                {
                    _hits[same] = _hits[same] with { Weight = weight };
                }
            }
        }
    }

    private double PlaceWeight(int concept, MentionPlace place) => (place, lexicon.Concepts[concept].Facet) switch
    {
        (MentionPlace.Title, Facets.Type) => TypeTitleWeight,
        (MentionPlace.Title, _) => TitleWeight,
        (MentionPlace.Lead, _) => LeadSentenceWeight,
        (_, Facets.Audience) => AudienceBodyWeight,
        _ => BodyWeight,
    };

    private double LanguageWeight(string termLanguage) =>
        !_knownLanguage ? UnknownLanguage
        : termLanguage == language ? 1.0
        : termLanguage == "en" ? EnglishInOtherLanguage
        : 0.0;
}
