namespace GoSafer.Indexer.Tagging;

/// <summary>One way a concept is named: which concept, in which language, and how much a mention counts.</summary>
internal readonly record struct LexiconEntry(int Concept, string Language, double Weight);

/// <summary>
/// An immutable word-level trie of lexicon phrases for one <see cref="LatinStemming"/>. Words are interned
/// to integers (a word no phrase contains gets none), edges live in one dictionary keyed by
/// (node, word), and a node that ends a phrase holds the entries of that phrase. The node number doubles
/// as the phrase's identity when counting distinct terms. Read-only after construction, so it is safe to
/// share between threads.
/// </summary>
internal sealed class PhraseIndex
{
    public const int NoWord = -1;

    private readonly Dictionary<string, int> _words;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<long, int> _edges;
    private readonly LexiconEntry[]?[] _ends;

    private PhraseIndex(Dictionary<string, int> words, Dictionary<long, int> edges, LexiconEntry[]?[] ends)
    {
        _words = words;
        _wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _edges = edges;
        _ends = ends;
    }

    public int WordCount => _words.Count;

    public int NodeCount => _ends.Length;

    /// <summary>The word's number, or <see cref="NoWord"/> when no phrase contains it.</summary>
    public int WordId(ReadOnlySpan<char> key) => _wordLookup.TryGetValue(key, out var id) ? id : NoWord;

    /// <summary>
    /// The longest phrase starting at <paramref name="start"/>: its end (exclusive) and end node, or -1.
    /// <see cref="NoWord"/> entries (unknown words, punctuation) end every phrase.
    /// </summary>
    public int LongestAt(ReadOnlySpan<int> words, int start, out int node)
    {
        node = -1;
        var bestEnd = -1;
        var current = 0;
        for (var j = start; j < words.Length && words[j] != NoWord; j++)
        {
            if (!_edges.TryGetValue(((long)current << 32) | (uint)words[j], out current))
            {
                break;
            }

            if (_ends[current] is not null)
            {
                bestEnd = j + 1;
                node = current;
            }
        }

        return bestEnd;
    }

    public ReadOnlySpan<LexiconEntry> EntriesOf(int node) => _ends[node];

    /// <summary>Collects phrases (as sequences of word keys) and freezes them into an index.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
        private readonly Dictionary<long, int> _edges = [];
        private readonly List<List<LexiconEntry>?> _ends = [null];

        public void Add(IReadOnlyList<string> phrase, LexiconEntry entry)
        {
            if (phrase.Count == 0)
            {
                return;
            }

            var node = 0;
            foreach (var word in phrase)
            {
                if (!_words.TryGetValue(word, out var id))
                {
                    id = _words.Count;
                    _words.Add(word, id);
                }

                var edge = ((long)node << 32) | (uint)id;
                if (!_edges.TryGetValue(edge, out var next))
                {
                    next = _ends.Count;
                    _ends.Add(null);
                    _edges.Add(edge, next);
                }

                node = next;
            }

            var entries = _ends[node] ??= [];

            // The same phrase listed twice for a concept (a label repeated as a synonym, or in two
            // languages) counts once, with its strongest weight per language.
            var existing = entries.FindIndex(e => e.Concept == entry.Concept && e.Language == entry.Language);
            if (existing < 0)
            {
                entries.Add(entry);
            }
            else if (entries[existing].Weight < entry.Weight)
            {
                entries[existing] = entry;
            }
        }

        public PhraseIndex Build() =>
            new(new Dictionary<string, int>(_words, StringComparer.Ordinal), new Dictionary<long, int>(_edges),
                _ends.Select(e => e?.ToArray()).ToArray());
    }
}
