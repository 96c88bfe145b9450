using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene45;
using Lucene.Net.Index;

namespace GoSafer.Indexer.Index.Codecs;

/// <summary>Lucene 4.5 doc values, one set of files per lane (<see cref="MergeLanes.ForDocValues"/>).</summary>
[DocValuesFormatName("GoSaferLanes45")]
internal sealed class LaneDocValuesFormat : DocValuesFormat
{
    /// <summary>
    /// The field attribute naming the lane that holds a field's doc values: Lucene reads doc values
    /// by field, and a lane's files do not say which fields they lack.
    /// </summary>
    public const string LaneAttribute = "gosafer.docvalues.lane";

    private readonly Lucene45DocValuesFormat _inner = new();

    public override DocValuesConsumer FieldsConsumer(SegmentWriteState state) =>
        new LaneDocValuesConsumer(MergeLanes.Open(state, _inner.FieldsConsumer));

    public override DocValuesProducer FieldsProducer(SegmentReadState state) =>
        new LaneDocValuesProducer(MergeLanes.Open(state, _inner.FieldsProducer));
}
