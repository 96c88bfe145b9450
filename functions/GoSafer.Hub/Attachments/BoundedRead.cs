namespace GoSafer.Hub.Attachments;

/// <summary>Reads a stream whole only while it stays within a byte limit; the limit is what makes a ZIP bomb harmless.</summary>
internal static class BoundedRead
{
    /// <summary>All bytes of <paramref name="source"/>, or null as soon as it proves longer than <paramref name="maxBytes"/>.</summary>
    public static byte[]? ReadAll(Stream source, int maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
