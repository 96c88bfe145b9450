using Lucene.Net.Util;

namespace GoSafer.Indexer.Search.Snippets;

/// <summary>
/// The distinct terms a query has in one field, each with a small id. Analysed tokens are looked
/// up by their characters (no string per token); postings are sought by the terms' UTF-8 bytes in
/// the index's own term order.
/// </summary>
internal sealed class FieldTerms
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    // Most tokens are not query terms: a bit per first character (mod 64) turns them away before hashing.
    private readonly ulong _firstChars;

    public FieldTerms(IEnumerable<string> terms)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (term.Length > 0 && ids.TryAdd(term, ids.Count))
            {
                _firstChars |= 1UL << (term[0] & 63);
            }
        }

        _byChars = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = ids.Count;
        Sorted = ids
            .Select(t => (Bytes: new BytesRef(t.Key), Id: t.Value))
            .OrderBy(t => t.Bytes, BytesRef.UTF8SortedAsUnicodeComparer)
            .ToArray();
    }

    /// <summary>How many distinct terms: a window holding this many cannot be beaten.</summary>
    public int Count { get; }

    /// <summary>The terms as UTF-8, in term-dictionary order.</summary>
    public IReadOnlyList<(BytesRef Bytes, int Id)> Sorted { get; }

    public bool TryFind(ReadOnlySpan<char> term, out int id)
    {
        if (term.IsEmpty || (_firstChars & (1UL << (term[0] & 63))) == 0)
        {
            id = -1;
            return false;
        }

        return _byChars.TryGetValue(term, out id);
    }
}
