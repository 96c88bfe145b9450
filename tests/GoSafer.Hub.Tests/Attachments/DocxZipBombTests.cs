using GoSafer.Hub.Attachments;

namespace GoSafer.Hub.Tests.Attachments;

/// <summary>A DOCX is a ZIP, so it can be a ZIP bomb; neither inspection nor extraction may expand one.</summary>
public sealed class DocxZipBombTests
{
    private static readonly int OverTheLimit = (int)AttachmentLimits.MaxDocxMainPartBytes + 1024;

    [Fact]
    public void A_docx_whose_body_expands_beyond_the_limit_is_refused_at_inspection()
    {
        var bomb = TestDocuments.DocxWithPaddedBody(OverTheLimit);
        Assert.True(bomb.Length < 1024 * 1024, "the bomb is small on the wire");

        var check = AttachmentSniffer.Inspect(bomb);

        Assert.StartsWith("The Word document expands to more than 32 MB", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Extracting_a_docx_bomb_directly_is_refused_too()
    {
        var error = Assert.Throws<AttachmentUnreadableException>(
            () => AttachmentTextExtractor.Extract(TestDocuments.DocxWithPaddedBody(OverTheLimit), AttachmentKind.Docx));

        Assert.StartsWith("The Word document expands", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_that_lies_about_its_expanded_size_is_unreadable_after_reading_only_what_it_declared()
    {
        var honest = TestDocuments.DocxWithPaddedBody(OverTheLimit);
        var forged = TestDocuments.WithDeclaredUncompressedSize(honest, "word/document.xml", 4096);
        Assert.True(AttachmentSniffer.Inspect(forged).IsAccepted, "the forged size passes inspection");

        Assert.Throws<AttachmentUnreadableException>(() => AttachmentTextExtractor.Extract(forged, AttachmentKind.Docx));
    }

    [Fact]
    public void A_docx_within_the_limit_with_padding_is_read()
    {
        var text = AttachmentTextExtractor.Extract(TestDocuments.DocxWithPaddedBody(1024 * 1024), AttachmentKind.Docx);

        Assert.Equal("Hidden after padding", text);
    }

    [Fact]
    public void A_zip_with_too_many_entries_is_refused_without_reading_them()
    {
        var entries = Enumerable.Range(0, AttachmentLimits.MaxZipEntries + 1).Select(i => ($"e{i}.txt", "")).ToArray();

        var check = AttachmentSniffer.Inspect(TestDocuments.Zip(entries));

        Assert.Contains($"an archive with more than {AttachmentLimits.MaxZipEntries} entries", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_with_an_oversized_content_types_part_is_refused_as_damaged()
    {
        var padding = new string(' ', AttachmentLimits.MaxPackageManifestBytes + 1);
        var docx = TestDocuments.Zip(
            ("[Content_Types].xml", TestDocuments.ContentTypes("/word/document.xml", TestDocuments.WordMainContentType) + padding),
            ("_rels/.rels", TestDocuments.RootRelationships("/word/document.xml")),
            ("word/document.xml", "<w:document/>"));

        Assert.Contains("a damaged Office document", AttachmentSniffer.Inspect(docx).Refusal, StringComparison.Ordinal);
    }
}
