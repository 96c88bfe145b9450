using System.Security.Cryptography;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Index;

/// <summary>
/// A hash of each live document's result record (<see cref="HitRecord"/>: every field a result
/// shows, the ID among them) and of the digest of its searched-only text (keywords, attachment text:
/// <see cref="SearchedTextDigest"/>), by resource ID. Two documents built from the same catalog entry
/// have equal fingerprints; one built from an older record, or from older attachment text, does not.
/// </summary>
public static class DocumentFingerprints
{
    public static Dictionary<string, string> Read(SearchableIndex index)
    {
        using var lease = index.AcquireSearcher();
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        var record = new BytesRef();
        var searched = new BytesRef();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var records = reader.GetBinaryDocValues(IndexFields.Hit);
            var digests = reader.GetBinaryDocValues(IndexFields.SearchedText);
            var liveDocs = reader.LiveDocs;
            for (var doc = 0; records is not null && doc < reader.MaxDoc; doc++)
            {
                if (liveDocs is not null && !liveDocs.Get(doc))
                {
                    continue;
                }

                records.Get(doc, record);
                var recordBytes = record.Bytes.AsSpan(record.Offset, record.Length);
                hash.AppendData(recordBytes);
                if (digests is not null)
                {
                    digests.Get(doc, searched);
                    hash.AppendData(searched.Bytes.AsSpan(searched.Offset, searched.Length));
                }

                fingerprints[HitRecord.Decode(recordBytes).Id] = Convert.ToHexStringLower(hash.GetHashAndReset());
            }
        }

        return fingerprints;
    }
}
