namespace GoSafer.Hub.Attachments;

/// <summary>Reads an uploaded attachment into memory, never holding more than the size limit.</summary>
public static class AttachmentUpload
{
    /// <summary>
    /// The bytes of <paramref name="source"/>, or null as soon as it proves longer than
    /// <paramref name="maxBytes"/> (the rest is not read, so the caller can answer 413 at once).
    /// </summary>
    public static async Task<byte[]?> ReadAsync(Stream source, int maxBytes = AttachmentLimits.MaxBytes, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
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
