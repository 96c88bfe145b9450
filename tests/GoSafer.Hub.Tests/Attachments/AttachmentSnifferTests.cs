using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using GoSafer.Hub.Attachments;

namespace GoSafer.Hub.Tests.Attachments;

public sealed class AttachmentSnifferTests
{
    /// <summary>Leading bytes of real files of each refused format, keyed by a short name.</summary>
    private static readonly Dictionary<string, byte[]> Headers = new()
    {
        ["png"] = TestDocuments.Hex("89504E470D0A1A0A 0000000D 49484452 00000001 00000001 0806000000 1F15C489"),
        ["jpeg"] = TestDocuments.Hex("FFD8FFE0 0010 4A464946 00 0101 0048 0048 0000"),
        ["gif"] = [.. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00],
        ["webp"] = [.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "WEBPVP8 "u8],
        ["bmp"] = TestDocuments.Hex("424D 3A000000 00000000 36000000 28000000 01000000 01000000 0100 1800"),
        ["tiff"] = TestDocuments.Hex("49492A00 08000000"),
        ["heic"] = [0x00, 0x00, 0x00, 0x18, .. "ftypheic"u8, 0x00, 0x00, 0x00, 0x00, .. "mif1heic"u8],
        ["mp4"] = [0x00, 0x00, 0x00, 0x18, .. "ftypisom"u8, 0x00, 0x00, 0x02, 0x00, .. "isomiso2"u8],
        ["webm"] = TestDocuments.Hex("1A45DFA3 9F 4286 81 01 42F7 81 01 42F2 81 04"),
        ["avi"] = [.. "RIFF"u8, 0x00, 0x10, 0x00, 0x00, .. "AVI LIST"u8],
        ["mp3"] = [.. "ID3"u8, 0x03, 0x00, 0x00, 0x00, 0x00, 0x0F, 0x76],
        ["ogg"] = [.. "OggS"u8, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00],
        ["7z"] = TestDocuments.Hex("377ABCAF271C 0004"),
        ["rar"] = TestDocuments.Hex("526172211A0700 CF9073"),
        ["bzip2"] = [.. "BZh9"u8, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59, 0x00],
        ["xz"] = TestDocuments.Hex("FD377A585A00 0004 E6D6B446"),
        ["elf"] = TestDocuments.Hex("7F454C46 02 01 01 00 0000000000000000 0300 3E00 01000000"),
        ["macho"] = TestDocuments.Hex("CFFAEDFE 07000001 03000000 02000000"),
        ["ole"] = TestDocuments.Hex("D0CF11E0A1B11AE1 0000000000000000 0000000000000000 3E000300 FEFF 0900"),
    };

    [Fact]
    public void A_pdf_made_by_pdfpig_is_recognised_as_pdf()
    {
        Assert.Equal(AttachmentCheck.Accepted(AttachmentKind.Pdf), AttachmentSniffer.Inspect(TestDocuments.Pdf("Hello")));
    }

    [Fact]
    public void A_pdf_header_after_a_byte_order_mark_and_blank_lines_is_still_a_pdf()
    {
        var bytes = Encoding.ASCII.GetBytes("\r\n%PDF-1.7\n%âãÏÓ\n");
        Assert.Equal(AttachmentKind.Pdf, AttachmentSniffer.Inspect((byte[])[0xEF, 0xBB, 0xBF, .. bytes]).Kind);
    }

    [Fact]
    public void A_docx_made_with_open_xml_is_recognised_as_docx()
    {
        Assert.Equal(AttachmentCheck.Accepted(AttachmentKind.Docx), AttachmentSniffer.Inspect(TestDocuments.Docx("One paragraph.")));
    }

    [Fact]
    public void A_png_renamed_to_pdf_is_refused_as_an_image()
    {
        // The sniffer is never given the name: "report.pdf" and "photo.png" are the same bytes to it.
        var check = AttachmentSniffer.Inspect(TestDocuments.Padded(Headers["png"]));

        Assert.False(check.IsAccepted);
        Assert.Contains("a PNG image; images are not accepted", check.Refusal, StringComparison.Ordinal);
        Assert.Contains("Attach a PDF, DOCX, HTML or plain-text", check.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jpeg", "a JPEG image")]
    [InlineData("gif", "a GIF image")]
    [InlineData("webp", "a WebP image")]
    [InlineData("bmp", "a BMP image")]
    [InlineData("tiff", "a TIFF image")]
    [InlineData("heic", "a HEIF image")]
    public void Images_are_refused_and_named(string format, string looksLike)
    {
        var check = AttachmentSniffer.Inspect(TestDocuments.Padded(Headers[format]));

        Assert.Null(check.Kind);
        Assert.Contains($"{looksLike}; images are not accepted", check.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script><circle r=\"4\"/></svg>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- drawn by hand -->\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\">\n<svg width=\"10\"/>")]
    [InlineData("\uFEFF  <svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"/>")]
    public void Svg_is_refused_as_an_image_although_it_is_text(string svg)
    {
        var check = AttachmentSniffer.Inspect(Encoding.UTF8.GetBytes(svg));

        Assert.Contains("an SVG image; images are not accepted", check.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mp4", "an MP4 video")]
    [InlineData("webm", "a WebM or Matroska video")]
    [InlineData("avi", "an AVI video")]
    [InlineData("mp3", "an MP3 or AAC audio file")]
    [InlineData("ogg", "an Ogg audio or video file")]
    public void Video_and_audio_are_refused_and_named(string format, string looksLike)
    {
        var check = AttachmentSniffer.Inspect(TestDocuments.Padded(Headers[format]));

        Assert.Contains($"{looksLike}; video and audio are not accepted", check.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7z", "a 7-Zip archive")]
    [InlineData("rar", "a RAR archive")]
    [InlineData("bzip2", "a BZIP2 archive")]
    [InlineData("xz", "an XZ archive")]
    public void Archives_are_refused_and_named(string format, string looksLike)
    {
        var check = AttachmentSniffer.Inspect(TestDocuments.Padded(Headers[format]));

        Assert.Contains($"{looksLike}; archives are not accepted", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_zip_of_text_files_is_refused_as_an_archive()
    {
        var zip = TestDocuments.Zip(("notes.txt", "Some notes."), ("word/readme.txt", "Not a Word document."));

        Assert.Contains("a ZIP archive; archives are not accepted", AttachmentSniffer.Inspect(zip).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gzip_stream_is_refused_as_an_archive()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("Plain words inside a gzip file."u8);
        }

        Assert.Contains("a GZIP archive", AttachmentSniffer.Inspect(buffer.ToArray()).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tar_of_text_files_is_refused_as_an_archive()
    {
        using var buffer = new MemoryStream();
        using (var tar = new TarWriter(buffer, TarEntryFormat.Ustar, leaveOpen: true))
        {
            var entry = new UstarTarEntry(TarEntryType.RegularFile, "lesson.txt")
            {
                DataStream = new MemoryStream("A lesson in plain text."u8.ToArray()),
            };
            tar.WriteEntry(entry);
        }

        Assert.Contains("a TAR archive", AttachmentSniffer.Inspect(buffer.ToArray()).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void An_elf_binary_is_refused_as_a_program()
    {
        var check = AttachmentSniffer.Inspect(TestDocuments.Padded(Headers["elf"]));

        Assert.Contains("an ELF executable; programs and scripts are not accepted", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_windows_pe_executable_is_refused_as_a_program()
    {
        var exe = new byte[1024];
        "MZ"u8.CopyTo(exe);
        exe[0x3C] = 0x80;
        "PE\0\0"u8.CopyTo(exe.AsSpan(0x80));

        Assert.Contains("a Windows executable", AttachmentSniffer.Inspect(exe).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_that_merely_starts_with_mz_is_not_taken_for_an_executable()
    {
        var text = Encoding.UTF8.GetBytes("MZ Foundation — a guide for parents on safe online gaming, written in plain words for everyone.");

        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Inspect(text).Kind);
    }

    [Fact]
    public void A_mach_o_binary_is_refused_as_a_program()
    {
        Assert.Contains("a Mach-O executable", AttachmentSniffer.Inspect(TestDocuments.Padded(Headers["macho"])).Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#!/bin/sh\ncurl http://example.org/x | sh\n")]
    [InlineData("\uFEFF#!/usr/bin/env python3\nprint('hello')\n")]
    public void A_shebang_script_is_refused_as_a_program_although_it_is_text(string script)
    {
        var check = AttachmentSniffer.Inspect(Encoding.UTF8.GetBytes(script));

        Assert.Contains("a script (it starts with #!); programs and scripts are not accepted", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void An_xlsx_like_zip_is_refused_as_an_unsupported_spreadsheet()
    {
        var xlsx = TestDocuments.Zip(
            ("[Content_Types].xml", TestDocuments.ContentTypes("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")),
            ("_rels/.rels", TestDocuments.RootRelationships("/xl/workbook.xml")),
            ("xl/workbook.xml", "<workbook/>"),
            ("word/document.xml", "<w:document/>"));

        var check = AttachmentSniffer.Inspect(xlsx);

        Assert.Contains("an Excel spreadsheet (.xlsx); this document type is not supported", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pptx_like_zip_is_refused_with_advice_to_save_as_pdf()
    {
        var pptx = TestDocuments.Zip(
            ("[Content_Types].xml", TestDocuments.ContentTypes("/ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")),
            ("_rels/.rels", TestDocuments.RootRelationships("/ppt/presentation.xml")),
            ("ppt/presentation.xml", "<p:presentation/>"));

        Assert.Contains("a PowerPoint presentation (.pptx); save it as PDF", AttachmentSniffer.Inspect(pptx).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_docx_is_refused_as_a_damaged_zip()
    {
        var docx = TestDocuments.Docx("Cut short.");

        var check = AttachmentSniffer.Inspect(docx.AsMemory(0, docx.Length - 30));

        Assert.StartsWith("The file looks like a damaged ZIP archive.", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_package_without_its_relationships_is_refused_as_damaged()
    {
        var docx = TestDocuments.Zip(
            ("[Content_Types].xml", TestDocuments.ContentTypes("/word/document.xml", TestDocuments.WordMainContentType)),
            ("word/document.xml", "<w:document/>"));

        Assert.StartsWith("The file looks like a damaged Office document.", AttachmentSniffer.Inspect(docx).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_macro_enabled_word_document_is_refused()
    {
        var docm = TestDocuments.Zip(
            ("[Content_Types].xml", TestDocuments.ContentTypes("/word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml")),
            ("_rels/.rels", TestDocuments.RootRelationships("/word/document.xml")),
            ("word/document.xml", "<w:document/>"),
            ("word/vbaProject.bin", "binary macro code"));

        Assert.Contains("macro-enabled Word document (.docm)", AttachmentSniffer.Inspect(docm).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_legacy_ole_word_document_is_refused_as_unsupported()
    {
        var check = AttachmentSniffer.Inspect(TestDocuments.Padded(Headers["ole"]));

        Assert.Contains("a legacy Microsoft Office file (.doc, .xls or .ppt)", check.Refusal, StringComparison.Ordinal);
        Assert.Contains("this document type is not supported", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_binary_is_refused_as_unrecognised_binary()
    {
        var bytes = new byte[4096];
        new Random(20240611).NextBytes(bytes);
        bytes[0] = 0x42; // no accidental signature at the start

        var check = AttachmentSniffer.Inspect(bytes);

        Assert.Equal(AttachmentCheck.Refused(
            "The file is binary data of an unrecognised type, not a PDF, DOCX, HTML or plain-text document. Attach a PDF, DOCX, HTML or plain-text (UTF-8) document."),
            check);
    }

    [Fact]
    public void An_empty_file_is_refused_as_empty()
    {
        Assert.StartsWith("The file is empty.", AttachmentSniffer.Inspect(ReadOnlyMemory<byte>.Empty).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_twenty_megabytes_is_refused_before_anything_is_parsed()
    {
        var text = new byte[AttachmentLimits.MaxBytes + 1];
        text.AsSpan().Fill((byte)'a');

        Assert.Equal("The file is larger than 20 MB. Attach a smaller document or link to it instead.", AttachmentSniffer.Inspect(text).Refusal);
        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Inspect(text.AsMemory(0, AttachmentLimits.MaxBytes)).Kind);
    }

    [Theory]
    [InlineData("Урок о безопасности в интернете для детей 9–12 лет.")]
    [InlineData("درس حول السلامة على الإنترنت للأطفال.")]
    [InlineData("面向九至十二岁儿童的网络安全课程。")]
    [InlineData("Une leçon sur la sécurité en ligne.\r\n\tDeuxième ligne.\f")]
    public void Utf8_text_in_any_script_is_plain_text(string text)
    {
        Assert.Equal(AttachmentCheck.Accepted(AttachmentKind.PlainText), AttachmentSniffer.Inspect(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Utf16_text_with_a_byte_order_mark_is_plain_text_in_either_byte_order()
    {
        const string Text = "Безопасность детей в сети.";

        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Inspect((byte[])[.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)]).Kind);
        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Inspect((byte[])[.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Text)]).Kind);
    }

    [Fact]
    public void Utf16_text_without_a_byte_order_mark_is_refused_as_binary()
    {
        var check = AttachmentSniffer.Inspect(Encoding.Unicode.GetBytes("Online safety for children."));

        Assert.StartsWith("The file is binary data of an unrecognised type", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_a_legacy_eight_bit_encoding_is_refused_with_advice_to_save_as_utf8()
    {
        var latin1 = Encoding.Latin1.GetBytes("Sécurité en ligne pour les élèves, à l'école.");

        Assert.Contains("save it as UTF-8", AttachmentSniffer.Inspect(latin1).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_with_terminal_escape_codes_is_refused_as_binary()
    {
        var check = AttachmentSniffer.Inspect(Encoding.UTF8.GetBytes("Plain words \u001b[31mred\u001b[0m and more."));

        Assert.StartsWith("The file is binary data", check.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html lang=\"en\"><head><title>Safe chats</title></head><body><p>Hi</p></body></html>")]
    [InlineData("\uFEFF\n  <!-- exported --> <!doctype HTML><title>x</title>")]
    [InlineData("<html><body>Lesson</body></html>")]
    [InlineData("<p>A fragment with a <b>bold</b> word.</p>")]
    [InlineData("<div class=\"lesson\">Fragment</div>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>XHTML</body></html>")]
    [InlineData("Exported by a tool\n<!DOCTYPE html><html><body>Late start</body></html>")]
    public void Html_documents_and_fragments_are_html(string html)
    {
        Assert.Equal(AttachmentCheck.Accepted(AttachmentKind.Html), AttachmentSniffer.Inspect(Encoding.UTF8.GetBytes(html)));
    }

    [Theory]
    [InlineData("How to write a web page: wrap paragraphs in <p> and sections in <div>.")]
    [InlineData("Rule: a < b and c > d.\n")]
    [InlineData("<Name> and <Age> are placeholders in this letter template.")]
    [InlineData("# A Markdown guide\n\n- item\n")]
    public void Text_that_mentions_tags_but_does_not_start_as_html_is_plain_text(string text)
    {
        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Inspect(Encoding.UTF8.GetBytes(text)).Kind);
    }

    [Fact]
    public void An_xml_data_file_is_refused_as_unsupported()
    {
        var rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title></channel></rss>";

        Assert.Contains("an XML data file", AttachmentSniffer.Inspect(Encoding.UTF8.GetBytes(rss)).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void An_rtf_document_is_refused_with_advice_to_save_as_docx_or_pdf()
    {
        var rtf = Encoding.ASCII.GetBytes(@"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}} Hello}");

        Assert.Contains("an RTF document; save it as DOCX or PDF", AttachmentSniffer.Inspect(rtf).Refusal, StringComparison.Ordinal);
    }
}
