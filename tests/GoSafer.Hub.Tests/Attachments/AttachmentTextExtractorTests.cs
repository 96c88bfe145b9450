using System.Diagnostics;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using GoSafer.Hub.Attachments;

namespace GoSafer.Hub.Tests.Attachments;

public sealed class AttachmentTextExtractorTests
{
    [Fact]
    public void Pdf_text_is_extracted_page_by_page_in_order()
    {
        var pdf = TestDocuments.Pdf("Grooming warning signs: zwoggleberry appears here.", "Second page mentions quillfeather.");

        var text = AttachmentTextExtractor.Extract(pdf, AttachmentKind.Pdf);

        Assert.Contains("zwoggleberry", text, StringComparison.Ordinal);
        Assert.Contains("Second page mentions quillfeather.", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("zwoggleberry", StringComparison.Ordinal) < text.IndexOf("quillfeather", StringComparison.Ordinal));
    }

    [Fact]
    public void Docx_paragraphs_become_lines()
    {
        var docx = TestDocuments.Docx("First paragraph about   online safety.", "Second paragraph with blorptastic.");

        var text = AttachmentTextExtractor.Extract(docx, AttachmentKind.Docx);

        Assert.Equal("First paragraph about online safety.\nSecond paragraph with blorptastic.", text);
    }

    [Fact]
    public void Docx_table_cells_and_tabs_are_separated_and_deleted_revisions_are_left_out()
    {
        var body = new Body(
            new Table(new TableRow(
                new TableCell(new Paragraph(new Run(new Text("Age")))),
                new TableCell(new Paragraph(new Run(new Text("Harm")))))),
            new Paragraph(
                new Run(new Text("Before")),
                new Run(new TabChar(), new Text("after tab")),
                new DeletedRun(new Run(new DeletedText("withdrawnword"))),
                new Run(new Break(), new Text("next line"))));

        var text = AttachmentTextExtractor.Extract(TestDocuments.Docx(body), AttachmentKind.Docx);

        Assert.Equal("Age\nHarm\nBefore after tab\nnext line", text);
        Assert.DoesNotContain("withdrawnword", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_text_leaves_out_script_and_style_and_collapses_whitespace()
    {
        const string Html = """
            <!DOCTYPE html>
            <html><head><title>Safe   chats</title>
            <style>body { color: red } .secretstyle {}</style>
            <script>var secretscript = "do not index"; document.write("injectedtext");</script></head>
            <body>
              <h1>Online    grooming</h1>
              <p>Signs to
                 notice &amp; talk about.</p>
              <script>alert("secondsecret")</script>
              <noscript>Enable JavaScript</noscript>
              <ul><li>One</li><li>Two</li></ul>
              <table><tr><td>Cell A</td><td>Cell B</td></tr></table>
              <pre>keep
            lines</pre>
            </body></html>
            """;

        var text = AttachmentTextExtractor.Extract(Encoding.UTF8.GetBytes(Html), AttachmentKind.Html);

        Assert.Equal("Safe chats\n\nOnline grooming\nSigns to notice & talk about.\nOne\nTwo\nCell A Cell B\nkeep\nlines", text);
        foreach (var hidden in new[] { "secretstyle", "secretscript", "injectedtext", "secondsecret", "JavaScript" })
        {
            Assert.DoesNotContain(hidden, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Deeply_nested_html_is_read_without_overflowing_the_stack()
    {
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<section><div>", 1_000).Append("deepword").Insert(html.Length, "</div></section>", 1_000).Append("<p>after</p>");

        var text = AttachmentTextExtractor.Extract(Encoding.UTF8.GetBytes(html.ToString()), AttachmentKind.Html);

        Assert.Equal("deepword\nafter", text);
    }

    [Fact]
    public void Html_too_slow_to_parse_is_unreadable_once_the_time_budget_runs_out()
    {
        // A hundred thousand unclosed <div>s: quadratic work for the tree builder.
        var html = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x");
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<AttachmentUnreadableException>(
            () => AttachmentTextExtractor.Extract(html, AttachmentKind.Html, TimeSpan.FromMilliseconds(500), CancellationToken.None));

        Assert.Equal("The document is too complex to read in reasonable time.", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("درس حول السلامة على الإنترنت للأطفال من ٩ إلى ١٢ سنة.")]
    [InlineData("面向九至十二岁儿童的网络安全课程：识别网络诱骗。")]
    [InlineData("Урок о безопасности в интернете для детей 9–12 лет.")]
    [InlineData("Առցանց անվտանգության դաս երեխաների համար։")]
    public void Utf8_text_round_trips_in_any_script(string sentence)
    {
        Assert.Equal(sentence, AttachmentTextExtractor.Extract(Encoding.UTF8.GetBytes(sentence), AttachmentKind.PlainText));
    }

    [Fact]
    public void Utf16_text_is_decoded_and_its_byte_order_mark_dropped()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Première ligne\r\nDeuxième ligne")];

        Assert.Equal("Première ligne\nDeuxième ligne", AttachmentTextExtractor.Extract(bytes, AttachmentKind.PlainText));
    }

    [Fact]
    public void Extracted_text_is_cut_at_the_limit()
    {
        var text = string.Concat(Enumerable.Repeat("safety ", 300_000));

        var extracted = AttachmentTextExtractor.Extract(Encoding.UTF8.GetBytes(text), AttachmentKind.PlainText);

        Assert.Equal(AttachmentLimits.MaxExtractedChars, extracted.Length);
        Assert.StartsWith("safety safety", extracted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_pdf_is_unreadable_not_a_crash()
    {
        var garbage = new byte[8192];
        new Random(7).NextBytes(garbage);
        byte[] pdf = [.. "%PDF-1.7\n"u8, .. garbage];

        var error = Assert.Throws<AttachmentUnreadableException>(() => AttachmentTextExtractor.Extract(pdf, AttachmentKind.Pdf));

        Assert.StartsWith("The PDF is damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_protected_pdf_is_unreadable_with_a_message_that_says_so()
    {
        var error = Assert.Throws<AttachmentUnreadableException>(
            () => AttachmentTextExtractor.Extract(TestDocuments.PasswordProtectedPdf(), AttachmentKind.Pdf));

        Assert.Equal("The PDF is password-protected. Attach a copy without a password.", error.Message);
    }

    [Fact]
    public void A_truncated_docx_is_unreadable_not_a_crash()
    {
        var docx = TestDocuments.Docx("A paragraph that will be cut off.");

        var error = Assert.Throws<AttachmentUnreadableException>(
            () => AttachmentTextExtractor.Extract(docx.AsMemory(0, docx.Length / 2), AttachmentKind.Docx));

        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_of_another_kind_are_unreadable_rather_than_misparsed()
    {
        var png = TestDocuments.Padded(TestDocuments.Hex("89504E470D0A1A0A 0000000D 49484452"));

        Assert.Throws<AttachmentUnreadableException>(() => AttachmentTextExtractor.Extract(png, AttachmentKind.Pdf));
        Assert.Throws<AttachmentUnreadableException>(() => AttachmentTextExtractor.Extract(png, AttachmentKind.Docx));
        Assert.Throws<AttachmentUnreadableException>(() => AttachmentTextExtractor.Extract(png, AttachmentKind.PlainText));
    }

    [Fact]
    public void Extraction_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(
            () => AttachmentTextExtractor.Extract(TestDocuments.Pdf("One page."), AttachmentKind.Pdf, cancelled.Token));
    }
}
