using System.Collections.Concurrent;

namespace GoSafer.Indexer.Tagging;

/// <summary>
/// Remembers, per <see cref="LatinStemming"/>, which <see cref="PhraseIndex"/> word a folded word stems to
/// (or that it is a stop word), so a word seen before costs one hash look-up instead of a Snowball run.
/// It memoises a pure function, so results never depend on what was tagged before; it stops growing at
/// <see cref="Capacity"/> words, which bounds memory however varied the input. Thread-safe.
/// </summary>
internal sealed class WordIdCache
{
    public const int StopWord = -2;
    public const int Capacity = 50_000;

    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _count;

    public WordIdCache() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool TryGet(ReadOnlySpan<char> word, out int id) => _lookup.TryGetValue(word, out id);

    public void Add(ReadOnlySpan<char> word, int id)
    {
        if (Volatile.Read(ref _count) < Capacity && _lookup.TryAdd(word, id))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
