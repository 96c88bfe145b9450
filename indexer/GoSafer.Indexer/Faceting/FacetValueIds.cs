using System.Collections.Concurrent;

namespace GoSafer.Indexer.Faceting;

/// <summary>
/// A dense number for every (facet, value) pair any segment has held (the facet as its position in
/// <see cref="Taxonomy.Facets.All"/>), shared by all segments so that counting adds into one small
/// array instead of looking each segment's ordinals up again. Facet values come from the taxonomy
/// and language codes, so the table stays small; numbers are never reused or removed.
/// </summary>
internal static class FacetValueIds
{
    private static readonly ConcurrentDictionary<(int Facet, string Value), int> Ids = new();
    private static readonly Lock Adding = new();

    // Written only under the lock, each array before the count that makes its new entry valid.
    private static volatile int[] _facets = new int[64];
    private static volatile string[] _values = new string[64];
    private static volatile int _count;

    /// <summary>How many numbers have been handed out: every id is below it.</summary>
    public static int Count => _count;

    public static int IdOf(int facet, string value) =>
        Ids.TryGetValue((facet, value), out var id) ? id : Add(facet, value);

    /// <summary>The facet of an id, as its position in <see cref="Taxonomy.Facets.All"/>.</summary>
    public static int FacetOf(int id) => _facets[id];

    public static (int Facet, string Value) PairOf(int id) => (_facets[id], _values[id]);

    private static int Add(int facet, string value)
    {
        lock (Adding)
        {
            if (Ids.TryGetValue((facet, value), out var id))
            {
                return id;
            }

            id = _count;
            var facets = _facets;
            var values = _values;
            if (id == facets.Length)
            {
                Array.Resize(ref facets, facets.Length * 2);
                Array.Resize(ref values, values.Length * 2);
            }

            facets[id] = facet;
            values[id] = value;
            _facets = facets;
            _values = values;
            _count = id + 1;
            Ids[(facet, value)] = id;
            return id;
        }
    }
}
