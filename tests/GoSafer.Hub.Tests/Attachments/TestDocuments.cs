using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace GoSafer.Hub.Tests.Attachments;

/// <summary>Real documents made by the same libraries (or by hand, byte for byte) for the attachment tests.</summary>
internal static class TestDocuments
{
    public const string WordMainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>A PDF with one page per string, each a line of Helvetica.</summary>
    public static byte[] Pdf(params string[] pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var line in pages)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddText(line, 12, new PdfPoint(40, 760), font);
        }

        return builder.Build();
    }

    /// <summary>A DOCX made by the Open XML SDK with one paragraph per string.</summary>
    public static byte[] Docx(params string[] paragraphs) =>
        Docx(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p) { Space = SpaceProcessingModeValues.Preserve })))));

    public static byte[] Docx(Body body)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(body);
        }

        return buffer.ToArray();
    }

    /// <summary>A ZIP of the given entries, deflated.</summary>
    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The <c>[Content_Types].xml</c> of an Office package whose main part has the given content type.</summary>
    public static string ContentTypes(string mainPartName, string mainContentType) =>
        $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="{mainPartName}" ContentType="{mainContentType}"/>
        </Types>
        """;

    /// <summary>The package relationships pointing at the main part.</summary>
    public static string RootRelationships(string mainPartName) =>
        $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{mainPartName.TrimStart('/')}"/>
        </Relationships>
        """;

    /// <summary>
    /// A hand-made DOCX whose <c>word/document.xml</c> is <paramref name="paddingChars"/> spaces of
    /// padding around one sentence: tiny compressed, huge expanded, like a ZIP bomb.
    /// </summary>
    public static byte[] DocxWithPaddedBody(int paddingChars)
    {
        var documentXml = new StringBuilder()
            .Append("""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""")
            .Append(' ', paddingChars)
            .Append("<w:p><w:r><w:t>Hidden after padding</w:t></w:r></w:p></w:body></w:document>")
            .ToString();
        return Zip(
            ("[Content_Types].xml", ContentTypes("/word/document.xml", WordMainContentType)),
            ("_rels/.rels", RootRelationships("/word/document.xml")),
            ("word/document.xml", documentXml));
    }

    /// <summary>
    /// Rewrites the uncompressed size that a ZIP's local and central headers declare for
    /// <paramref name="entryName"/>, as a forged ZIP bomb does to slip past size checks.
    /// </summary>
    public static byte[] WithDeclaredUncompressedSize(byte[] zip, string entryName, uint declaredSize)
    {
        var patched = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entryName);
        var patchedHeaders = 0;
        for (var at = 0; at + 46 < patched.Length; at++)
        {
            var span = patched.AsSpan(at);
            // Offsets of the uncompressed size, the name length and the name in each header kind.
            var (sizeOffset, nameLengthOffset, nameOffset) = span.StartsWith("PK\x03\x04"u8) ? (22, 26, 30)
                : span.StartsWith("PK\x01\x02"u8) ? (24, 28, 46)
                : (-1, -1, -1);
            if (sizeOffset < 0)
            {
                continue;
            }

            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(span[nameLengthOffset..]);
            if (nameLength == name.Length && span.Slice(nameOffset, nameLength).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(span[sizeOffset..], declaredSize);
                patchedHeaders++;
            }
        }

        if (patchedHeaders != 2)
        {
            throw new InvalidOperationException($"Expected a local and a central header for {entryName}, patched {patchedHeaders}.");
        }

        return patched;
    }

    /// <summary>
    /// A one-page PDF encrypted with the standard security handler whose user password is not
    /// empty (the /U check value is random), so no reader can open it without the password.
    /// </summary>
    public static byte[] PasswordProtectedPdf()
    {
        var check = Convert.ToHexString(Enumerable.Range(0, 32).Select(i => (byte)(i * 37 + 11)).ToArray());
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            $"<< /Filter /Standard /V 1 /R 2 /O <{check}> /U <{check}> /P -44 >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }

        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    public static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

    /// <summary><paramref name="head"/> followed by zero bytes up to <paramref name="length"/>, as real headers are followed by data.</summary>
    public static byte[] Padded(byte[] head, int length = 512)
    {
        var bytes = new byte[Math.Max(length, head.Length)];
        head.CopyTo(bytes, 0);
        return bytes;
    }
}
