using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace GoSafer.Hub.Attachments;

/// <summary>
/// PDF text through PdfPig, page by page in content order. PdfPig only parses: it runs no
/// JavaScript, opens no embedded files and follows no links.
/// </summary>
internal static class PdfTextReader
{
    public static void Read(ReadOnlyMemory<byte> content, ExtractedTextBuilder text, CancellationToken cancellationToken)
    {
        var options = new ParsingOptions
        {
            // Real-world PDFs are often slightly malformed; lenient parsing reads what a viewer would.
            UseLenientParsing = true,
            SkipMissingFonts = true,
            ClipPaths = false,
        };

        try
        {
            using var document = PdfDocument.Open(content, options);
            if (document.NumberOfPages == 0)
            {
                throw new AttachmentUnreadableException("The PDF has no pages.");
            }

            for (var number = 1; number <= document.NumberOfPages && !text.IsFull; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                text.Append(ContentOrderTextExtractor.GetText(document.GetPage(number)));
                text.AppendBlankLine();
            }
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new AttachmentUnreadableException("The PDF is password-protected. Attach a copy without a password.", e);
        }
    }
}
