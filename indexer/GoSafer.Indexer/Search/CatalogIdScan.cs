using GoSafer.Indexer.Faceting;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Taxonomy;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Search;

/// <summary>
/// The published IDs matching a set of facet filters, read from one point-in-time searcher in
/// ordinal ID order. The filters go through the same <see cref="DisjunctiveFacetCollector"/> as
/// search, so an export's slice is exactly the search result set for the same filters. Memory is
/// one bit per indexed document; IDs are read from the term dictionary as they are consumed,
/// never listed up front. Dispose releases the searcher.
/// </summary>
public sealed class CatalogIdScan : IDisposable
{
    private readonly SearcherLease _lease;
    private readonly FixedBitSet _matching;

    private CatalogIdScan(SearcherLease lease, FixedBitSet matching)
    {
        _lease = lease;
        _matching = matching;
        Count = matching.Cardinality;
    }

    /// <summary>How many documents match the filters.</summary>
    public int Count { get; }

    public static CatalogIdScan Open(SearchableIndex index, IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
    {
        var lease = index.AcquireSearcher();
        try
        {
            var searcher = lease.Searcher;
            var matching = new FixedBitSet(Math.Max(1, searcher.IndexReader.MaxDoc));
            var facetFilters = filters
                .Where(f => f.Value.Count > 0 && Facets.All.Contains(f.Key))
                .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
            searcher.Search(new MatchAllDocsQuery(), new DisjunctiveFacetCollector(new MatchingDocs(matching), [], facetFilters));
            return new CatalogIdScan(lease, matching);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    /// <summary>The matching IDs that sort (ordinally) after <paramref name="after"/>, or all of them.</summary>
    public IEnumerable<string> IdsAfter(string? after)
    {
        var reader = _lease.Searcher.IndexReader;
        var terms = MultiFields.GetTerms(reader, IndexFields.Id);
        if (terms is null)
        {
            yield break;
        }

        var liveDocs = MultiFields.GetLiveDocs(reader);
        var termsEnum = terms.GetEnumerator();
        bool positioned;
        if (after is null)
        {
            positioned = termsEnum.MoveNext();
        }
        else
        {
            positioned = termsEnum.SeekCeil(new BytesRef(after)) switch
            {
                TermsEnum.SeekStatus.END => false,
                TermsEnum.SeekStatus.FOUND => termsEnum.MoveNext(),
                _ => true,
            };
        }

        DocsEnum? docs = null;
        while (positioned)
        {
            // A term can outlive its deleted document until a merge: only live, matching ones count.
            docs = termsEnum.Docs(liveDocs, docs, DocsFlags.NONE);
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (_matching.Get(doc))
                {
                    yield return termsEnum.Term.Utf8ToString();
                    break;
                }
            }

            positioned = termsEnum.MoveNext();
        }
    }

    /// <summary>
    /// How many matching documents carry each combination of values of <paramref name="facets"/>
    /// (a document with several values counts once in each combination; a facet without a value
    /// contributes null). Facet values are those search counts: harms include their ancestors.
    /// </summary>
    public IReadOnlyDictionary<FacetCombination, int> CountCombinations(IReadOnlyList<string> facets)
    {
        var counts = new Dictionary<FacetCombination, int>();
        foreach (var leaf in _lease.Searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var values = facets.Select(reader.GetSortedSetDocValues).ToArray();
            var liveDocs = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if ((liveDocs is not null && !liveDocs.Get(doc)) || !_matching.Get(leaf.DocBase + doc))
                {
                    continue;
                }

                IEnumerable<string?[]> combinations = [new string?[facets.Count]];
                for (var f = 0; f < facets.Count; f++)
                {
                    var own = ValuesOf(values[f], doc);
                    var index = f;
                    combinations = own.Count == 0
                        ? combinations
                        : combinations.SelectMany(c => own.Select(v => { var next = (string?[])c.Clone(); next[index] = v; return next; }));
                }

                foreach (var combination in combinations)
                {
                    var key = new FacetCombination(combination);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return counts;
    }

    public void Dispose() => _lease.Dispose();

    private static List<string> ValuesOf(SortedSetDocValues? values, int doc)
    {
        var list = new List<string>();
        if (values is null)
        {
            return list;
        }

        values.SetDocument(doc);
        var term = new BytesRef();
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            values.LookupOrd(ord, term);
            list.Add(term.Utf8ToString());
        }

        return list;
    }

    /// <summary>Marks collected documents in a bit set of top-level document numbers.</summary>
    private sealed class MatchingDocs(FixedBitSet bits) : ICollector
    {
        private int _docBase;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc) => bits.Set(_docBase + doc);
    }
}

/// <summary>One combination of facet values (null where the document has none), compared by value.</summary>
public sealed class FacetCombination(IReadOnlyList<string?> values) : IEquatable<FacetCombination>
{
    public IReadOnlyList<string?> Values { get; } = values;

    public bool Equals(FacetCombination? other) =>
        other is not null && Values.SequenceEqual(other.Values, StringComparer.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as FacetCombination);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in Values)
        {
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
