using System.IO.Compression;
using System.Xml;

namespace GoSafer.Hub.Attachments;

/// <summary>
/// Decides what a ZIP holds: a Word document (accepted as DOCX) or anything else (refused, named
/// when recognisable). Reads only the central directory and the two size-capped package manifests
/// (<c>[Content_Types].xml</c>, <c>_rels/.rels</c>), so a ZIP bomb costs nothing here.
/// </summary>
internal static class ZipContainerInspector
{
    private const string WordDocument = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private static readonly Dictionary<string, RecognisedFormat> OtherOfficeMainParts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/vnd.ms-word.document.macroEnabled.main+xml"] = new("a macro-enabled Word document (.docm); save it as DOCX without macros", FormatFamily.UnsupportedDocument),
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"] = new("a Word template (.dotx); save it as a DOCX document", FormatFamily.UnsupportedDocument),
        ["application/vnd.ms-word.template.macroEnabledTemplate.main+xml"] = new("a macro-enabled Word template (.dotm); save it as DOCX without macros", FormatFamily.UnsupportedDocument),
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"] = new("an Excel spreadsheet (.xlsx)", FormatFamily.UnsupportedDocument),
        ["application/vnd.ms-excel.sheet.macroEnabled.main+xml"] = new("a macro-enabled Excel spreadsheet (.xlsm)", FormatFamily.UnsupportedDocument),
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml"] = new("an Excel template (.xltx)", FormatFamily.UnsupportedDocument),
        ["application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"] = new("a PowerPoint presentation (.pptx); save it as PDF", FormatFamily.UnsupportedDocument),
        ["application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml"] = new("a macro-enabled PowerPoint presentation (.pptm); save it as PDF", FormatFamily.UnsupportedDocument),
        ["application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml"] = new("a PowerPoint slide show (.ppsx); save it as PDF", FormatFamily.UnsupportedDocument),
    };

    /// <summary>True when the bytes start like a ZIP (a local file header, or the end record of an empty ZIP).</summary>
    public static bool LooksLikeZip(ReadOnlySpan<byte> content) =>
        content.StartsWith("PK\x03\x04"u8) || content.StartsWith("PK\x05\x06"u8) || content.StartsWith("PK\x07\x08"u8);

    public static AttachmentCheck Inspect(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var stream = ContentStream.Open(content);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
            return Inspect(zip);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return AttachmentCheck.Refused(AttachmentRefusals.Damaged("ZIP archive"));
        }
    }

    private static AttachmentCheck Inspect(ZipArchive zip)
    {
        // The central directory is bounded by the 20 MB input, so reading it is cheap; the cap
        // keeps what follows (name lookups, OPC package loading at extraction) small.
        if (zip.Entries.Count > AttachmentLimits.MaxZipEntries)
        {
            return Refuse(new($"an archive with more than {AttachmentLimits.MaxZipEntries} entries", FormatFamily.Archive));
        }

        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            entries.TryAdd(entry.FullName, entry);
        }

        if (entries.ContainsKey("[Content_Types].xml"))
        {
            return InspectOfficePackage(entries);
        }

        if (entries.ContainsKey("mimetype") && entries.ContainsKey("META-INF/container.xml"))
        {
            return Refuse(new("an EPUB e-book or OpenDocument file; save it as PDF or DOCX", FormatFamily.UnsupportedDocument));
        }

        if (entries.ContainsKey("mimetype") || entries.ContainsKey("META-INF/manifest.xml"))
        {
            return Refuse(new("an OpenDocument file (.odt, .ods or .odp); save it as DOCX or PDF", FormatFamily.UnsupportedDocument));
        }

        if (entries.ContainsKey("AndroidManifest.xml") || entries.ContainsKey("classes.dex"))
        {
            return Refuse(new("an Android app", FormatFamily.Program));
        }

        if (entries.ContainsKey("META-INF/MANIFEST.MF"))
        {
            return Refuse(new("a Java archive", FormatFamily.Program));
        }

        return Refuse(new("a ZIP archive", FormatFamily.Archive));
    }

    /// <summary>
    /// An Office Open XML package is what its main part is: the target of the package's
    /// <c>officeDocument</c> relationship, typed by an <c>Override</c> or by the <c>Default</c> for
    /// its extension (the Open XML SDK writes the latter), exactly as Word resolves it.
    /// </summary>
    private static AttachmentCheck InspectOfficePackage(Dictionary<string, ZipArchiveEntry> entries)
    {
        var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var contentTypesRead = TryReadSmallXml(entries["[Content_Types].xml"], reader =>
        {
            if (reader.GetAttribute("ContentType") is not { } contentType)
            {
                return;
            }

            if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } extension)
            {
                defaults.TryAdd(extension, contentType);
            }
            else if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } partName)
            {
                overrides.TryAdd(partName.TrimStart('/'), contentType);
            }
        });

        string? mainPartName = null;
        var relationshipsRead = entries.TryGetValue("_rels/.rels", out var relationships) && TryReadSmallXml(relationships, reader =>
        {
            if (mainPartName is null
                && reader.LocalName == "Relationship"
                && reader.GetAttribute("Type") is { } type && type.EndsWith("/officeDocument", StringComparison.Ordinal)
                && !string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)
                && reader.GetAttribute("Target") is { } target)
            {
                mainPartName = target.TrimStart('/');
            }
        });

        if (!contentTypesRead || !relationshipsRead || mainPartName is null || !entries.TryGetValue(mainPartName, out var mainEntry))
        {
            return AttachmentCheck.Refused(AttachmentRefusals.Damaged("Office document"));
        }

        var mainContentType = overrides.GetValueOrDefault(mainPartName) ?? defaults.GetValueOrDefault(Path.GetExtension(mainPartName).TrimStart('.'));
        if (!string.Equals(mainContentType, WordDocument, StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(mainContentType is not null && OtherOfficeMainParts.TryGetValue(mainContentType, out var other)
                ? other
                : new("an Office Open XML package that is not a Word document", FormatFamily.UnsupportedDocument));
        }

        // Word refuses a .docx that carries a VBA project; so do we, rather than keep macros around.
        if (entries.Keys.Any(name => name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
        {
            return Refuse(new("a Word document with macros; save it as DOCX without macros", FormatFamily.UnsupportedDocument));
        }

        if (mainEntry.Length > AttachmentLimits.MaxDocxMainPartBytes)
        {
            return AttachmentCheck.Refused(AttachmentRefusals.ExpandsTooFar);
        }

        return AttachmentCheck.Accepted(AttachmentKind.Docx);
    }

    /// <summary>
    /// Calls <paramref name="onElement"/> for each element of a package's small XML part; false when
    /// the part is larger than <see cref="AttachmentLimits.MaxPackageManifestBytes"/> or not well-formed
    /// XML. DTDs are refused, so no entity expansion or external fetch can happen.
    /// </summary>
    private static bool TryReadSmallXml(ZipArchiveEntry entry, Action<XmlReader> onElement)
    {
        if (entry.Length > AttachmentLimits.MaxPackageManifestBytes)
        {
            return false;
        }

        try
        {
            byte[]? bytes;
            using (var entryStream = entry.Open())
            {
                bytes = BoundedRead.ReadAll(entryStream, AttachmentLimits.MaxPackageManifestBytes);
            }

            if (bytes is null)
            {
                return false;
            }

            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true };
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    onElement(reader);
                }
            }

            return true;
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or NotSupportedException)
        {
            return false;
        }
    }

    private static AttachmentCheck Refuse(RecognisedFormat format) => AttachmentCheck.Refused(AttachmentRefusals.For(format));
}
