using System.Security.Cryptography;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Index;

/// <summary>
/// A hash of each live document's result record (<see cref="HitRecord"/>: every field a result
/// shows, the ID among them), by resource ID. Two documents built from the same catalog entry have
/// equal fingerprints; one built from an older record does not. Text that is only searched
/// (keywords, attachment text) is not in the record, so a change to it alone is not seen.
/// </summary>
public static class DocumentFingerprints
{
    public static Dictionary<string, string> Read(SearchableIndex index)
    {
        using var lease = index.AcquireSearcher();
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        var bytes = new BytesRef();
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var records = reader.GetBinaryDocValues(IndexFields.Hit);
            var liveDocs = reader.LiveDocs;
            for (var doc = 0; records is not null && doc < reader.MaxDoc; doc++)
            {
                if (liveDocs is not null && !liveDocs.Get(doc))
                {
                    continue;
                }

                records.Get(doc, bytes);
                var record = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
                fingerprints[HitRecord.Decode(record).Id] = Convert.ToHexStringLower(SHA256.HashData(record));
            }
        }

        return fingerprints;
    }
}
