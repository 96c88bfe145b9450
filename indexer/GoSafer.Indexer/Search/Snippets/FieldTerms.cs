using Lucene.Net.Util;

namespace GoSafer.Indexer.Search.Snippets;

/// <summary>
/// The distinct terms a query has in one field, each with a small id. Analysed tokens are looked
/// up by their characters (no string per token); term vectors are sought by the terms' UTF-8
/// bytes in the vector's own order, so one pass over a vector's terms finds them all.
/// </summary>
internal sealed class FieldTerms
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    public FieldTerms(IEnumerable<string> terms)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            ids.TryAdd(term, ids.Count);
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

    public bool TryFind(ReadOnlySpan<char> term, out int id) => _byChars.TryGetValue(term, out id);
}
