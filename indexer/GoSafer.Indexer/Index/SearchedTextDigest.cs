using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using GoSafer.Indexer.Catalog;

namespace GoSafer.Indexer.Index;

/// <summary>
/// SHA-256 of the text an entry is searched by but that no result shows: its keywords and its
/// attachment text. Everything else a document is built from is in its <see cref="HitRecord"/>.
/// The number of keywords and each part's length go in first, so text moved between keywords, or
/// between keywords and attachment, changes the digest. The text is hashed as its UTF-16 code units,
/// as the entry holds it: no encoded copy of a long attachment text is made on the indexing path.
/// </summary>
internal static class SearchedTextDigest
{
    public static byte[] Of(CatalogEntry entry)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(length, entry.Keywords.Count);
        hash.AppendData(length);
        foreach (var part in entry.Keywords.Append(entry.AttachmentText ?? ""))
        {
            BinaryPrimitives.WriteInt32LittleEndian(length, part.Length);
            hash.AppendData(length);
            hash.AppendData(MemoryMarshal.AsBytes(part.AsSpan()));
        }

        return hash.GetHashAndReset();
    }
}
