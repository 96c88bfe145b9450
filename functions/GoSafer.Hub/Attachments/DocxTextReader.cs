using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GoSafer.Hub.Attachments;

/// <summary>
/// The body text of a DOCX through the Open XML SDK, streamed with <see cref="OpenXmlReader"/> so
/// memory stays flat however long the document is: one line per paragraph, tabs as spaces. Deleted
/// revisions and field codes are not text and are skipped; macros, embedded objects and external
/// relationships are never touched.
/// </summary>
internal static class DocxTextReader
{
    private const int CancellationCheckInterval = 4096;

    public static void Read(ReadOnlyMemory<byte> content, ExtractedTextBuilder text, CancellationToken cancellationToken)
    {
        // The limits are checked here too, not only at intake, so this never opens a ZIP bomb.
        var check = ZipContainerInspector.Inspect(content);
        if (check.Kind != AttachmentKind.Docx)
        {
            throw new AttachmentUnreadableException(check.Refusal ?? "The file is not a DOCX document.");
        }

        using var stream = ContentStream.Open(content);
        var settings = new OpenSettings
        {
            AutoSave = false,
            MaxCharactersInPart = AttachmentLimits.MaxDocxMainPartBytes,
        };
        using var document = WordprocessingDocument.Open(stream, isEditable: false, settings);
        var body = document.MainDocumentPart ?? throw new AttachmentUnreadableException("The DOCX has no document body.");

        using var reader = OpenXmlReader.Create(body);
        var elements = 0;
        while (!text.IsFull && reader.Read())
        {
            if (++elements % CancellationCheckInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var type = reader.ElementType;
            if (reader.IsStartElement)
            {
                if (type == typeof(Text))
                {
                    text.Append(reader.GetText());
                }
                else if (type == typeof(TabChar) || type == typeof(PositionalTab))
                {
                    text.AppendSpace();
                }
                else if (type == typeof(Break) || type == typeof(CarriageReturn))
                {
                    text.AppendLineBreak();
                }
            }
            else if (reader.IsEndElement)
            {
                if (type == typeof(Paragraph))
                {
                    text.AppendLineBreak();
                }
                else if (type == typeof(TableCell))
                {
                    text.AppendSpace();
                }
            }
        }
    }
}
