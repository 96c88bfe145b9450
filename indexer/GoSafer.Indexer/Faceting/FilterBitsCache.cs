using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Faceting;

/// <summary>
/// The documents of each facet value, per segment, read once from the postings and kept as long
/// as the segment lives (keyed by its core, like Lucene's CachingWrapperFilter). Deletions are
/// ignored: the collector only sees live documents. The bit sets are shared and never written.
/// </summary>
internal static class FilterBitsCache
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<(string Field, string Value), FixedBitSet?>> Segments = new();

    /// <summary>The documents with any of <paramref name="values"/>, or null when none has one.</summary>
    public static FixedBitSet? Matching(AtomicReader reader, string field, IReadOnlyList<string> values)
    {
        var cache = Segments.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<(string, string), FixedBitSet?>());
        FixedBitSet? union = null;
        var shared = true;
        foreach (var value in values)
        {
            var bits = cache.GetOrAdd((field, value), key => Read(reader, key.Field, key.Value));
            if (bits is null)
            {
                continue;
            }

            if (union is null)
            {
                union = bits;
            }
            else
            {
                if (shared)
                {
                    union = union.Clone();
                    shared = false;
                }

                union.Or(bits);
            }
        }

        return union;
    }

    private static FixedBitSet? Read(AtomicReader reader, string field, string value)
    {
        var terms = reader.GetTerms(field)?.GetEnumerator();
        if (terms is null || !terms.SeekExact(new BytesRef(value)))
        {
            return null;
        }

        var bits = new FixedBitSet(reader.MaxDoc);
        var docs = terms.Docs(null, null, DocsFlags.NONE);
        int doc;
        while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            bits.Set(doc);
        }

        return bits;
    }
}
