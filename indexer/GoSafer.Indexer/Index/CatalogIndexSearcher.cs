using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GoSafer.Indexer.Index;

/// <summary>
/// The searcher of one point-in-time reader, with the two per-query costs of a many-field query
/// taken out: collection statistics are summed over the segments once per field (Lucene builds a
/// merged view of every segment's fields for each term of each query), and terms are looked up
/// with term enumerators kept per segment and field instead of a new one per lookup (a BlockTree
/// enumerator allocates its frames and arcs, kilobytes, before it seeks). Both are valid for as
/// long as the reader: it never changes.
/// </summary>
internal sealed class CatalogIndexSearcher : IndexSearcher
{
    private readonly ConcurrentDictionary<string, CollectionStatistics> _statistics = new(StringComparer.Ordinal);

    // A TermsEnum is not thread-safe: each query rents a set (per segment and field) for its duration.
    private readonly Stack<TermLookup> _lookups = new();

    public CatalogIndexSearcher(IndexReader reader)
        : base(reader)
    {
        Similarity = CatalogSearcherFactory.Similarity;
    }

    public override CollectionStatistics CollectionStatistics(string field) =>
        _statistics.GetOrAdd(field, base.CollectionStatistics);

    /// <summary>Term lookups for one query on this thread; dispose to give the enumerators back.</summary>
    public TermLookup RentTermLookup()
    {
        lock (_lookups)
        {
            return _lookups.TryPop(out var lookup) ? lookup : new TermLookup(this);
        }
    }

    private void Return(TermLookup lookup)
    {
        lock (_lookups)
        {
            _lookups.Push(lookup);
        }
    }

    internal sealed class TermLookup(CatalogIndexSearcher searcher) : IDisposable
    {
        private readonly Dictionary<(int Leaf, string Field), TermsEnum?> _enumerators = [];

        /// <summary>
        /// The term's state in every segment that has it, for <c>new TermQuery(term, states)</c>: the
        /// same as Lucene's <c>TermContext.Build</c>, which a TermQuery without states runs itself.
        /// </summary>
        public TermContext StatesOf(Term term)
        {
            var top = searcher.TopReaderContext;
            var states = new TermContext(top);
            foreach (var leaf in top.Leaves)
            {
                var key = (leaf.Ord, term.Field);
                if (!_enumerators.TryGetValue(key, out var termsEnum))
                {
                    _enumerators[key] = termsEnum = leaf.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
                }

                if (termsEnum is not null && termsEnum.SeekExact(term.Bytes))
                {
                    states.Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
                }
            }

            return states;
        }

        public void Dispose() => searcher.Return(this);
    }
}
