using System.Text;
using System.Text.Json;
using GoSafer.Hub.Submissions;
using GoSafer.Indexer.Search;

namespace GoSafer.Hub.Exports;

/// <summary>
/// Writes a whole slice in one of the streamed formats. Output is handed to the stream in chunks of
/// about <see cref="ChunkBytes"/>, so memory stays flat however many records there are.
/// </summary>
public sealed class EvidenceStreamWriter(EvidenceCatalog catalog, JsonLdEvidenceWriter jsonLd)
{
    public const int ChunkBytes = 64 * 1024;

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>Writes the slice and returns how many records it held.</summary>
    public async Task<int> WriteAsync(ExportFormat format, CatalogIdScan scan, string baseUrl, Stream output, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream(ChunkBytes + 4096);
        var count = 0;
        await using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, Encoder = HubJson.Options.Encoder });
        if (format == ExportFormat.Csv)
        {
            Append(buffer, CsvEvidenceWriter.HeaderLine());
        }
        else if (format == ExportFormat.JsonLd)
        {
            json.WriteStartObject();
            json.WriteString("@context", baseUrl + JsonLdContext.Path);
            json.WriteStartArray("@graph");
        }

        await foreach (var record in catalog.ReadAsync(scan, after: null, cancellationToken))
        {
            switch (format)
            {
                case ExportFormat.Csv:
                    Append(buffer, CsvEvidenceWriter.Row(record));
                    break;
                case ExportFormat.JsonLd:
                    jsonLd.Node(record, baseUrl).WriteTo(json);
                    await json.FlushAsync(cancellationToken);
                    break;
                default:
                    JsonSerializer.Serialize(buffer, record, HubJson.Options);
                    buffer.Write(NewLine);
                    break;
            }

            count++;
            if (buffer.Length >= ChunkBytes)
            {
                await DrainAsync(buffer, output, cancellationToken);
            }
        }

        if (format == ExportFormat.JsonLd)
        {
            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken);
        }

        await DrainAsync(buffer, output, cancellationToken);
        return count;
    }

    private static void Append(MemoryStream buffer, string text) => buffer.Write(Encoding.UTF8.GetBytes(text));

    private static async Task DrainAsync(MemoryStream buffer, Stream output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
        await output.FlushAsync(cancellationToken);
        buffer.SetLength(0);
    }
}
