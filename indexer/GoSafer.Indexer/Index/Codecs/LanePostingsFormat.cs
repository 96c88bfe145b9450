using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene41;
using Lucene.Net.Index;

namespace GoSafer.Indexer.Index.Codecs;

/// <summary>Lucene 4.1 postings, one set of files per lane (<see cref="MergeLanes.ForPostings"/>).</summary>
[PostingsFormatName("GoSaferLanes41")]
internal sealed class LanePostingsFormat : PostingsFormat
{
    private readonly Lucene41PostingsFormat _inner = new();

    public override FieldsConsumer FieldsConsumer(SegmentWriteState state) =>
        new LaneFieldsConsumer(MergeLanes.Open(state, _inner.FieldsConsumer));

    public override FieldsProducer FieldsProducer(SegmentReadState state) =>
        new LaneFieldsProducer(MergeLanes.Open(state, _inner.FieldsProducer));
}
