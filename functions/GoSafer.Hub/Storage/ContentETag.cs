using System.Security.Cryptography;

namespace GoSafer.Hub.Storage;

/// <summary>The file store's ETag: a content hash, so it needs no side file and survives restarts.</summary>
internal static class ContentETag
{
    public static string Of(ReadOnlySpan<byte> content) =>
        Convert.ToHexStringLower(SHA256.HashData(content))[..32];
}
