using System.Runtime.InteropServices;

namespace GoSafer.Hub.Attachments;

/// <summary>A read-only stream over attachment bytes, for the libraries that want a stream.</summary>
internal static class ContentStream
{
    public static MemoryStream Open(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
