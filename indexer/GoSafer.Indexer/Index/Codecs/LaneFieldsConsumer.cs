using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Index.Codecs;

/// <summary>
/// Writes a segment's postings in two lanes. A flush writes one field after another on the flushing
/// thread, all into the first lane. A merge shares the fields out so that each lane has about as many
/// postings to copy, and merges both lanes at the same time.
/// </summary>
internal sealed class LaneFieldsConsumer(FieldsConsumer[] lanes) : FieldsConsumer
{
    public override TermsConsumer AddField(FieldInfo field) => lanes[0].AddField(field);

    /// <remarks>
    /// Within a lane, fields are still written one at a time and in name order (the terms
    /// dictionary is one file). Reading the merged segments from two threads is as safe as two
    /// searches: every terms and postings enumeration clones its own inputs.
    /// </remarks>
    public override void Merge(MergeState mergeState, Fields fields)
    {
        var work = new List<(FieldInfo Info, Terms Terms)>[] { [], [] };
        var load = new long[MergeLanes.Count];
        var byCost = fields
            .Select(name => (Name: name, Terms: fields.GetTerms(name)))
            .Where(field => field.Terms is not null)
            .Select(field => (field.Name, field.Terms, Cost: PostingsToCopy(field.Terms)))
            .OrderByDescending(field => field.Cost)
            .ThenBy(field => field.Name, StringComparer.Ordinal);
        foreach (var (name, terms, cost) in byCost)
        {
            var lane = load[0] <= load[1] ? 0 : 1;
            load[lane] += cost;
            work[lane].Add((mergeState.FieldInfos.FieldInfo(name), terms));
        }

        foreach (var lane in work)
        {
            lane.Sort((a, b) => string.CompareOrdinal(a.Info.Name, b.Info.Name));
        }

        MergeLanes.RunBoth(() => MergeLane(0, null), second => MergeLane(1, second));

        void MergeLane(int lane, SecondLane? second)
        {
            foreach (var (info, terms) in work[lane])
            {
                if (second?.Cancelled == true)
                {
                    return;
                }

                lanes[lane].AddField(info).Merge(mergeState, info.IndexOptions, terms.GetEnumerator());
            }
        }
    }

    /// <summary>
    /// A merge decodes and re-encodes every document entry and every position of a field, at about
    /// the same cost each: 118 ns an entry both for the documents-only vocabulary field and for an
    /// English body field with positions and offsets, in the final merge of the 100k benchmark
    /// (docs/benchmarks.md, seventh round).
    /// </summary>
    private static long PostingsToCopy(Terms terms) => Math.Max(0, terms.SumDocFreq) + Math.Max(0, terms.SumTotalTermFreq);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            IOUtils.Dispose(lanes);
        }
    }
}
