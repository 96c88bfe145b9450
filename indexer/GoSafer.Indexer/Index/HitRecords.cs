using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Index;

/// <summary>Reads the <see cref="HitRecord"/>s of one reader's documents (top-level doc IDs); one instance per search.</summary>
internal sealed class HitRecords(IndexReader reader)
{
    private readonly BinaryDocValues?[] _values = new BinaryDocValues?[reader.Leaves.Count];
    private readonly BytesRef _bytes = new();

    public HitRecord Read(int doc)
    {
        var leaves = reader.Leaves;
        var index = ReaderUtil.SubIndex(doc, leaves);
        var leaf = leaves[index];
        var values = _values[index] ??= leaf.AtomicReader.GetBinaryDocValues(IndexFields.Hit)
            ?? throw new InvalidOperationException("The index has no result records: it was built by an older version and must be rebuilt.");
        values.Get(doc - leaf.DocBase, _bytes);
        return HitRecord.Decode(_bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length));
    }
}
