using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Index.Codecs;

/// <summary>Reads a segment's postings from both lanes as one set of fields.</summary>
internal sealed class LaneFieldsProducer : FieldsProducer
{
    private readonly FieldsProducer[] _lanes;
    private readonly Dictionary<string, FieldsProducer> _laneOf = new(StringComparer.Ordinal);
    private readonly string[] _fields;

    public LaneFieldsProducer(FieldsProducer[] lanes)
    {
        _lanes = lanes;

        // Each lane knows which fields it holds; the lane rule of the version that wrote the segment
        // does not have to be the current one.
        foreach (var lane in lanes)
        {
            foreach (var field in lane)
            {
                if (!_laneOf.TryAdd(field, lane))
                {
                    IOUtils.DisposeWhileHandlingException(lanes);
                    throw new CorruptIndexException($"Postings field '{field}' is in both lanes.");
                }
            }
        }

        // Merges walk the fields of all segments in step: sorted, as every Lucene Fields is.
        _fields = [.. _laneOf.Keys.Order(StringComparer.Ordinal)];
    }

    public override IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_fields).GetEnumerator();

    public override Terms? GetTerms(string field) => _laneOf.TryGetValue(field, out var lane) ? lane.GetTerms(field) : null;

    public override int Count => _fields.Length;

    public override long RamBytesUsed() => _lanes.Sum(lane => lane.RamBytesUsed());

    public override void CheckIntegrity()
    {
        foreach (var lane in _lanes)
        {
            lane.CheckIntegrity();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            IOUtils.Dispose(_lanes);
        }
    }
}
