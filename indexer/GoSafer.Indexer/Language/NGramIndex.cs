using System.Numerics;

namespace GoSafer.Indexer.Language;

/// <summary>
/// Maps gram keys to table rows: an open-addressing hash table (multiplicative hashing, linear probing,
/// at most half full) read on every gram of every detection, so it avoids a general dictionary's virtual
/// comparer calls and the poor spread of ulong's own hash (high half XOR low half makes every "a?c" and
/// "c?a" of one middle letter collide). Immutable after construction, hence safe for concurrent reads.
/// </summary>
internal sealed class NGramIndex
{
    private readonly ulong[] keys;   // 0 marks an empty slot: no gram key is 0
    private readonly int[] rows;
    private readonly int shift;
    private readonly int mask;

    /// <param name="grams">Distinct non-zero keys; the row of each is its position in the list.</param>
    public NGramIndex(IReadOnlyList<ulong> grams)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2 * grams.Count, 16));
        keys = new ulong[capacity];
        rows = new int[capacity];
        shift = 64 - BitOperations.Log2((uint)capacity);
        mask = capacity - 1;
        for (var row = 0; row < grams.Count; row++)
        {
            var slot = Home(grams[row]);
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = grams[row];
            rows[slot] = row;
        }
    }

    /// <summary>The row of <paramref name="key"/>, or -1 when no language kept that gram.</summary>
    public int Row(ulong key)
    {
        for (var slot = Home(key); ; slot = (slot + 1) & mask)
        {
            var found = keys[slot];
            if (found == key)
            {
                return rows[slot];
            }

            if (found == 0)
            {
                return -1;
            }
        }
    }

    // Fibonacci hashing: the top bits of key × 2⁶⁴/φ.
    private int Home(ulong key) => (int)((key * 0x9E37_79B9_7F4A_7C15UL) >> shift);
}
