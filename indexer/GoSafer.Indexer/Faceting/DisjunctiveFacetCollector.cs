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
internal sealed class DisjunctiveFacetCollector(
    ICollector hits,
    IReadOnlyList<string> facets,
    IReadOnlyDictionary<string, IReadOnlyList<string>> filters) : ICollector
{
    private readonly string[] _filterFacets = filters.Where(f => f.Value.Count > 0).Select(f => f.Key).ToArray();
    private readonly Dictionary<string, Dictionary<string, int>> _counts =
        facets.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);

    private readonly int[] _filterFacetIndex = filters.Where(f => f.Value.Count > 0).Select(f => IndexOf(facets, f.Key)).ToArray();
    private FixedBitSet?[] _filterBits = [];
    private SortedSetDocValues?[] _values = [];
    private int[][] _segmentCounts = [];

    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts
    {
        get
        {
            FlushSegment();
            return _counts;
        }
    }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        hits.SetNextReader(context);
        var reader = context.AtomicReader;
        _filterBits = _filterFacets.Select(f => FilterBitsCache.Matching(reader, f, filters[f])).ToArray();
        _values = facets.Select(reader.GetSortedSetDocValues).ToArray();
        _segmentCounts = _values.Select(v => v is null ? [] : new int[v.ValueCount]).ToArray();
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

        var onlyFacet = failed < 0 ? -1 : _filterFacetIndex[failed];
        for (var f = 0; f < _values.Length; f++)
        {
            if ((onlyFacet >= 0 && f != onlyFacet) || _values[f] is not { } values)
            {
                continue;
            }

            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _segmentCounts[f][ord]++;
            }
        }
    }

    /// <summary>The facet's position among the counted ones; past the end when it is not counted (then a document failing it counts nowhere).</summary>
    private static int IndexOf(IReadOnlyList<string> facets, string facet)
    {
        for (var i = 0; i < facets.Count; i++)
        {
            if (facets[i] == facet)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private void FlushSegment()
    {
        for (var f = 0; f < _values.Length; f++)
        {
            if (_values[f] is not { } values)
            {
                continue;
            }

            var counts = _counts[facets[f]];
            var term = new BytesRef();
            for (var ord = 0; ord < _segmentCounts[f].Length; ord++)
            {
                if (_segmentCounts[f][ord] > 0)
                {
                    values.LookupOrd(ord, term);
                    var key = term.Utf8ToString();
                    counts[key] = counts.GetValueOrDefault(key) + _segmentCounts[f][ord];
                    _segmentCounts[f][ord] = 0;
                }
            }
        }
    }
}
