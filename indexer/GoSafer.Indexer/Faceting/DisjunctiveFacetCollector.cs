using GoSafer.Indexer.Taxonomy;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Faceting;

/// <summary>
/// One pass over the documents matching the text query (without facet filters) that both feeds
/// the hits collector and counts facets disjunctively: a document that passes every filter is a
/// hit and counts in every facet; one that fails exactly one filter counts only in that filter's
/// facet, so a facet's counts ignore its own selection and the other values stay visible.
/// Counts are per document, so a parent harm counts each document once however many of its
/// children the document has.
/// </summary>
/// <param name="facets">The facets to count, among <see cref="Facets.All"/>; none for a plain filter.</param>
internal sealed class DisjunctiveFacetCollector(
    ICollector hits,
    IReadOnlyList<string> facets,
    IReadOnlyDictionary<string, IReadOnlyList<string>> filters) : ICollector
{
    private const int NotCounted = -2;

    private readonly string[] _filterFacets = filters.Where(f => f.Value.Count > 0).Select(f => f.Key).ToArray();

    private readonly bool[] _counted = Facets.All.Select(facets.Contains).ToArray();

    // Each filter's facet as its position in Facets.All; NotCounted for a facet that is not
    // counted, so that a document failing that filter counts nowhere.
    private readonly int[] _filterFacetIndex = filters.Where(f => f.Value.Count > 0)
        .Select(f => facets.Contains(f.Key) ? IndexOf(f.Key) : NotCounted).ToArray();

    private FixedBitSet?[] _filterBits = [];
    private FacetOrdinals? _ordinals;
    private int[] _counts = [];

    /// <summary>Counts per facet and value; values no matching document has are left out.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts
    {
        get
        {
            var counts = facets.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
            for (var id = 0; id < _counts.Length; id++)
            {
                if (_counts[id] > 0)
                {
                    var (facet, value) = FacetValueIds.PairOf(id);
                    counts[Facets.All[facet]][value] = _counts[id];
                }
            }

            return counts;
        }
    }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        hits.SetNextReader(context);
        var reader = context.AtomicReader;
        _filterBits = _filterFacets.Select(f => FilterBitsCache.Matching(reader, f, filters[f])).ToArray();
        if (facets.Count > 0)
        {
            _ordinals = FacetOrdinals.Of(reader);
            if (_counts.Length < FacetValueIds.Count)
            {
                Array.Resize(ref _counts, FacetValueIds.Count);
            }
        }
    }

    public void Collect(int doc)
    {
        var failed = -1;
        for (var i = 0; i < _filterBits.Length; i++)
        {
            if (_filterBits[i] is not { } bits || !bits.Get(doc))
            {
                if (failed >= 0)
                {
                    return;
                }

                failed = i;
            }
        }

        if (failed < 0)
        {
            hits.Collect(doc);
        }

        if (_ordinals is not { } ordinals)
        {
            return;
        }

        var onlyFacet = failed < 0 ? -1 : _filterFacetIndex[failed];
        if (onlyFacet == NotCounted)
        {
            return;
        }

        var ids = ordinals.Ids;
        for (var k = ordinals.Starts[doc]; k < ordinals.Starts[doc + 1]; k++)
        {
            var id = ids[k];
            var facet = FacetValueIds.FacetOf(id);
            if (_counted[facet] && (onlyFacet < 0 || facet == onlyFacet))
            {
                _counts[id]++;
            }
        }
    }

    private static int IndexOf(string facet)
    {
        for (var i = 0; i < Facets.All.Count; i++)
        {
            if (Facets.All[i] == facet)
            {
                return i;
            }
        }

        return NotCounted;
    }
}
