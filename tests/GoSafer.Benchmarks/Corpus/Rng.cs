namespace GoSafer.Benchmarks.Corpus;

/// <summary>
/// A small deterministic generator (xoshiro256**, seeded through SplitMix64). The sequence of a
/// seeded <see cref="Random"/> is a runtime detail; this one is fixed by its code, so a seed gives
/// the same corpus on every machine and .NET version. Each resource, query and organisation gets
/// its own stream, so generating one never depends on having generated the others.
/// </summary>
internal sealed class Rng
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Rng(ulong seed, ulong stream, ulong index = 0)
    {
        var x = SplitMix(seed) ^ SplitMix(stream + 0x632BE59BD9B4E019UL) ^ SplitMix(index + 0x9E3779B97F4A7C15UL);
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>0 ≤ result &lt; <paramref name="maxExclusive"/> (multiply-shift: no modulo bias worth measuring).</summary>
    public int Next(int maxExclusive) => (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);

    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>An index drawn with the given relative weights.</summary>
    public int Weighted(IReadOnlyList<double> weights)
    {
        var target = NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Count; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary><paramref name="count"/> distinct items in random order.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var pool = items.ToList();
        var chosen = new List<T>(count);
        for (var i = 0; i < count && pool.Count > 0; i++)
        {
            var at = Next(pool.Count);
            chosen.Add(pool[at]);
            pool.RemoveAt(at);
        }

        return chosen;
    }

    /// <summary>A stable 64-bit hash of a name, to derive stream numbers from words ("org", "fr").</summary>
    public static ulong StreamOf(string name)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }

        return hash;
    }

    private static ulong SplitMix(ulong value) => SplitMix(ref value);

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
