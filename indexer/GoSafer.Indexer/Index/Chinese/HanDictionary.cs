using System.Collections.Frozen;
using Lucene.Net.Analysis.Cn.Smart;

namespace GoSafer.Indexer.Index.Chinese;

/// <summary>
/// SmartCn's word and word-pair frequencies, read from the dictionaries inside its package
/// (coredict.mem, bigramdict.mem) into hash sets that answer by span: which words exist and how
/// often, which strings begin a word, how often one word follows another. SmartCn's own tables
/// answer the same questions with a binary search per lookup and a new array per candidate word,
/// which made it a quarter of the time spent adding resources (docs/benchmarks.md, sixth round).
/// Immutable once loaded; one instance per process, 33 MB of managed memory (SmartCn's sorted
/// arrays take 14 MB, and are not loaded when nothing else uses SmartCn).
/// </summary>
internal sealed class HanDictionary
{
    /// <summary>Joins the two words of a pair in SmartCn's bigram keys.</summary>
    private const char PairSeparator = '@';

    private static readonly Lazy<HanDictionary> Shared = new(() => new HanDictionary());

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly FrozenDictionary<long, int> _pairs;

    private HanDictionary()
    {
        var words = ReadWords();
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words.Keys)
        {
            for (var length = 1; length <= word.Length; length++)
            {
                prefixes.Add(word[..length]);
            }
        }

        _words = words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = prefixes.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _pairs = ReadPairs();
    }

    public static HanDictionary Instance => Shared.Value;

    /// <summary>True when the word is in the dictionary (its frequency may be 0).</summary>
    public bool TryGetFrequency(ReadOnlySpan<char> word, out int frequency) => _words.TryGetValue(word, out frequency);

    public int Frequency(ReadOnlySpan<char> word) => _words.TryGetValue(word, out var frequency) ? frequency : 0;

    /// <summary>True when some word of the dictionary begins with (or is) <paramref name="text"/>.</summary>
    public bool BeginsAWord(ReadOnlySpan<char> text) => _prefixes.Contains(text);

    /// <summary>How often <paramref name="second"/> follows <paramref name="first"/>; 0 when the pair is unknown.</summary>
    public int PairFrequency(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        // SmartCn keys a pair by the 64-bit FNV-1 hash of "first@second" (each UTF-16 unit as its
        // low byte, then its high byte) and keeps only the hash.
        var hash = unchecked((long)0xcbf29ce484222325UL);
        hash = Fnv(hash, first);
        hash = Fnv(hash, [PairSeparator]);
        hash = Fnv(hash, second);
        return _pairs.TryGetValue(hash, out var frequency) ? frequency : 0;
    }

    private static long Fnv(long hash, ReadOnlySpan<char> text)
    {
        const long Prime = 1099511628211L;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ (c & 0xFF)) * Prime);
            hash = unchecked((hash ^ (c >> 8)) * Prime);
        }

        return hash;
    }

    private static BinaryReader Resource(string name) =>
        new(typeof(SmartChineseAnalyzer).Assembly.GetManifestResourceStream($"Lucene.Net.Analysis.SmartCn.Hhmm.{name}")
            ?? throw new InvalidOperationException($"SmartCn's {name} is missing from its package."));

    /// <summary>
    /// coredict.mem: a hash table from a word's first character to its table, then per table the
    /// words' remaining characters (null for none) and, in a second section, their frequencies.
    /// </summary>
    private static Dictionary<string, int> ReadWords()
    {
        using var reader = Resource("coredict.mem");
        var tableOfSlot = new short[reader.ReadInt32()];
        for (var i = 0; i < tableOfSlot.Length; i++)
        {
            tableOfSlot[i] = reader.ReadInt16();
        }

        var charOfSlot = new char[reader.ReadInt32()];
        for (var i = 0; i < charOfSlot.Length; i++)
        {
            charOfSlot[i] = reader.ReadChar();
        }

        var rests = new string?[reader.ReadInt32()][];
        for (var t = 0; t < rests.Length; t++)
        {
            var count = reader.ReadInt32();
            rests[t] = new string?[Math.Max(0, count)];
            for (var w = 0; w < count; w++)
            {
                var length = reader.ReadInt32();
                rests[t][w] = length < 0 ? null : new string(reader.ReadChars(length));
            }
        }

        var frequencies = new int[reader.ReadInt32()][];
        for (var t = 0; t < frequencies.Length; t++)
        {
            var count = reader.ReadInt32();
            frequencies[t] = new int[Math.Max(0, count)];
            for (var w = 0; w < count; w++)
            {
                frequencies[t][w] = reader.ReadInt32();
            }
        }

        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var slot = 0; slot < tableOfSlot.Length; slot++)
        {
            var table = tableOfSlot[slot];
            if (table < 0 || charOfSlot[slot] == 0 || table >= rests.Length)
            {
                continue;
            }

            for (var w = 0; w < rests[table].Length; w++)
            {
                words[charOfSlot[slot] + (rests[table][w] ?? "")] = frequencies[table][w];
            }
        }

        return words;
    }

    /// <summary>bigramdict.mem: the pairs' hashes, then their frequencies, slot by slot (empty slots hash to 0).</summary>
    private static FrozenDictionary<long, int> ReadPairs()
    {
        using var reader = Resource("bigramdict.mem");
        var hashes = new long[reader.ReadInt32()];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = reader.ReadInt64();
        }

        var pairs = new Dictionary<long, int>();
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var frequency = reader.ReadInt32();
            if (hashes[i] != 0 && frequency != 0)
            {
                pairs[hashes[i]] = frequency;
            }
        }

        return pairs.ToFrozenDictionary();
    }
}
