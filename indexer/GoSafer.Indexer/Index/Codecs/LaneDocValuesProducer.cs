using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Index.Codecs;

/// <summary>Reads each field's doc values from the lane recorded on the field.</summary>
internal sealed class LaneDocValuesProducer(DocValuesProducer[] lanes) : DocValuesProducer
{
    public override NumericDocValues GetNumeric(FieldInfo field) => LaneOf(field).GetNumeric(field);

    public override BinaryDocValues GetBinary(FieldInfo field) => LaneOf(field).GetBinary(field);

    public override SortedDocValues GetSorted(FieldInfo field) => LaneOf(field).GetSorted(field);

    public override SortedSetDocValues GetSortedSet(FieldInfo field) => LaneOf(field).GetSortedSet(field);

    public override IBits GetDocsWithField(FieldInfo field) => LaneOf(field).GetDocsWithField(field);

    public override long RamBytesUsed() => lanes.Sum(lane => lane.RamBytesUsed());

    public override void CheckIntegrity()
    {
        foreach (var lane in lanes)
        {
            lane.CheckIntegrity();
        }
    }

    private DocValuesProducer LaneOf(FieldInfo field) => field.GetAttribute(LaneDocValuesFormat.LaneAttribute) switch
    {
        "0" => lanes[0],
        "1" => lanes[1],
        var lane => throw new CorruptIndexException($"Doc values field '{field.Name}' names no lane ('{lane}')."),
    };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            IOUtils.Dispose(lanes);
        }
    }
}
