namespace GoSafer.Hub.Attachments;

/// <summary>The bounds every attachment and its extracted text stay within.</summary>
public static class AttachmentLimits
{
    /// <summary>Largest attachment accepted: 20 MB.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>Extracted text is cut here; the index needs the words, not every page of a book.</summary>
    public const int MaxExtractedChars = 1_000_000;

    /// <summary>
    /// A DOCX has a few dozen parts; more entries than this in a ZIP is an archive or an attack on
    /// the central-directory reader, not a document.
    /// </summary>
    public const int MaxZipEntries = 5_000;

    /// <summary>
    /// Largest declared uncompressed size of the one DOCX part whose text is read
    /// (<c>word/document.xml</c> or wherever the package puts it). A 20 MB DOCX of pure text stays
    /// well below; a deflate bomb does not.
    /// </summary>
    public const long MaxDocxMainPartBytes = 32L * 1024 * 1024;

    /// <summary>
    /// Largest package part (<c>[Content_Types].xml</c>, <c>_rels/.rels</c>) read while deciding what
    /// a ZIP holds; real ones are a few kilobytes.
    /// </summary>
    public const int MaxPackageManifestBytes = 1024 * 1024;

    /// <summary>
    /// Time one extraction may take. Some inputs are slow by construction (HTML nested a hundred
    /// thousand levels deep is quadratic for any spec-following parser); past this budget the
    /// document counts as unreadable rather than holding a worker.
    /// </summary>
    public static readonly TimeSpan MaxExtractionTime = TimeSpan.FromSeconds(30);
}
