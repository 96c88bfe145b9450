using System.Globalization;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Index.Codecs;

/// <summary>
/// Writes each field's doc values into its lane and records the lane on the field. Lucene merges
/// doc values one field after another through this consumer: the first lane's fields are merged
/// as they come, the second lane's are handed to a <see cref="SecondLane"/>, which has finished
/// before the consumer is closed.
/// </summary>
/// <remarks>
/// The merged segments' readers are the writer's pooled readers, which near-real-time searches
/// share, but the doc values instances handed over are not shared: a segment reader keeps them per
/// thread, the merging thread does not touch a field again once it is handed over, and Lucene 4.5's
/// binary values clone their input per instance. The second lane never asks a reader for values.
/// </remarks>
internal sealed class LaneDocValuesConsumer(DocValuesConsumer[] lanes) : DocValuesConsumer
{
    private SecondLane? _second;

    public override void AddNumericField(FieldInfo field, IEnumerable<long?> values) =>
        lanes[Assign(field)].AddNumericField(field, values);

    public override void AddBinaryField(FieldInfo field, IEnumerable<BytesRef> values) =>
        lanes[Assign(field)].AddBinaryField(field, values);

    public override void AddSortedField(FieldInfo field, IEnumerable<BytesRef> values, IEnumerable<long?> docToOrd) =>
        lanes[Assign(field)].AddSortedField(field, values, docToOrd);

    public override void AddSortedSetField(FieldInfo field, IEnumerable<BytesRef> values, IEnumerable<long?> docToOrdCount, IEnumerable<long?> ords) =>
        lanes[Assign(field)].AddSortedSetField(field, values, docToOrdCount, ords);

    public override void MergeNumericField(FieldInfo fieldInfo, MergeState mergeState, IList<NumericDocValues> toMerge, IList<IBits> docsWithField) =>
        Merge(fieldInfo, lane => lane.MergeNumericField(fieldInfo, mergeState, toMerge, docsWithField));

    public override void MergeBinaryField(FieldInfo fieldInfo, MergeState mergeState, IList<BinaryDocValues> toMerge, IList<IBits> docsWithField) =>
        Merge(fieldInfo, lane => lane.MergeBinaryField(fieldInfo, mergeState, toMerge, docsWithField));

    public override void MergeSortedField(FieldInfo fieldInfo, MergeState mergeState, IList<SortedDocValues> toMerge) =>
        Merge(fieldInfo, lane => lane.MergeSortedField(fieldInfo, mergeState, toMerge));

    public override void MergeSortedSetField(FieldInfo fieldInfo, MergeState mergeState, IList<SortedSetDocValues> toMerge) =>
        Merge(fieldInfo, lane => lane.MergeSortedSetField(fieldInfo, mergeState, toMerge));

    private void Merge(FieldInfo field, Action<DocValuesConsumer> merge)
    {
        var lane = Assign(field);
        if (lane == 0)
        {
            try
            {
                merge(lanes[0]);
            }
            catch
            {
                _second?.Cancel();
                throw;
            }
        }
        else
        {
            (_second ??= new SecondLane()).Post(() => merge(lanes[lane]));
        }
    }

    /// <summary>Field infos are written after the doc values, in flushes and merges alike, so the attribute is kept.</summary>
    private static int Assign(FieldInfo field)
    {
        var lane = MergeLanes.ForDocValues(field.Name);
        field.PutAttribute(LaneDocValuesFormat.LaneAttribute, lane.ToString(CultureInfo.InvariantCulture));
        return lane;
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        try
        {
            _second?.Finish();
        }
        finally
        {
            _second?.Dispose();
            IOUtils.Dispose(lanes);
        }
    }
}
