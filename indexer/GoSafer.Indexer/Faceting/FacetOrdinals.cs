using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using GoSafer.Indexer.Taxonomy;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Faceting;

/// <summary>
/// The facet values of every document of one segment, uninverted once from its SortedSet doc
/// values into two flat arrays and kept as long as the segment lives (keyed by its core, like
/// Lucene's FieldCache): the values of document d are <c>Ids[Starts[d] .. Starts[d + 1])</c>, as
/// <see cref="FacetValueIds"/>. Reading doc values through their iterators for each hit of each
/// query cost more than the counting itself. Deletions are ignored: collectors see live documents.
/// </summary>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<object, FacetOrdinals> Segments = new();

    private FacetOrdinals(int[] starts, int[] ids)
    {
        Starts = starts;
        Ids = ids;
    }

    public int[] Starts { get; }

    public int[] Ids { get; }

    /// <summary>The values of every facet of <see cref="Facets.All"/> for the segment of <paramref name="reader"/>.</summary>
    public static FacetOrdinals Of(AtomicReader reader) => Segments.GetValue(reader.CoreCacheKey, _ => Read(reader));

    private static FacetOrdinals Read(AtomicReader reader)
    {
        var facets = Facets.All;
        var maxDoc = reader.MaxDoc;
        var values = new SortedSetDocValues?[facets.Count];
        var idOfOrd = new int[facets.Count][];
        for (var f = 0; f < facets.Count; f++)
        {
            values[f] = reader.GetSortedSetDocValues(facets[f]);
            idOfOrd[f] = values[f] is { } v ? IdsOf(f, v) : [];
        }

        // Two passes (count, then fill) so that the arrays are allocated once at their size: a
        // growing list held two copies of 50 MB at a million resources.
        var starts = new int[maxDoc + 1];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc + 1] = starts[doc] + CountOf(values, doc);
        }

        var ids = new int[starts[maxDoc]];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var at = starts[doc];
            for (var f = 0; f < values.Length; f++)
            {
                if (values[f] is not { } facetValues)
                {
                    continue;
                }

                facetValues.SetDocument(doc);
                long ord;
                while ((ord = facetValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    ids[at++] = idOfOrd[f][ord];
                }
            }
        }

        return new FacetOrdinals(starts, ids);
    }

    private static int CountOf(SortedSetDocValues?[] values, int doc)
    {
        var count = 0;
        foreach (var facetValues in values)
        {
            if (facetValues is null)
            {
                continue;
            }

            facetValues.SetDocument(doc);
            while (facetValues.NextOrd() != SortedSetDocValues.NO_MORE_ORDS)
            {
                count++;
            }
        }

        return count;
    }

    private static int[] IdsOf(int facet, SortedSetDocValues values)
    {
        var ids = new int[values.ValueCount];
        var term = new BytesRef();
        for (var ord = 0; ord < ids.Length; ord++)
        {
            values.LookupOrd(ord, term);
            ids[ord] = FacetValueIds.IdOf(facet, term.Utf8ToString());
        }

        return ids;
    }
}
