using GoSafer.Hub.Http;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Exports;

/// <summary>
/// <c>GET /api/evidence</c>: the evidence metadata of published resources, filtered with search's
/// facets. JSON is paged by an opaque cursor; NDJSON, CSV and JSON-LD stream the whole slice.
/// <c>GET /api/evidence/context.jsonld</c> serves the JSON-LD context.
/// </summary>
public sealed class EvidenceExportHandler(ExportRequestParser parser, EvidenceCatalog catalog, EvidenceStreamWriter writer)
{
    public async Task<IResult> ExportAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var parsed = parser.Parse(request.Query);
        if (!parsed.IsValid)
        {
            return Problems.Validation(parsed.Errors);
        }

        var export = parsed.Value!;
        var baseUrl = BaseUrl(request);
        if (export.Format == ExportFormat.Json)
        {
            return TypedResults.Ok(await PageAsync(export, request, cancellationToken));
        }

        return new StreamedResult(ExportFormats.MediaType(export.Format), $"gosafer-evidence.{ExportFormats.Extension(export.Format)}", async (response, ct) =>
        {
            using var scan = catalog.Open(export.Filters);
            response.Headers["X-Total-Count"] = scan.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await writer.WriteAsync(export.Format, scan, baseUrl, response.Body, ct);
        });
    }

    private readonly byte[] _context = JsonLdContext.Document;

    public IResult Context(HttpRequest request)
    {
        request.HttpContext.Response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.Bytes(_context, "application/ld+json");
    }

    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private async Task<EvidencePage> PageAsync(ExportRequest export, HttpRequest request, CancellationToken cancellationToken)
    {
        using var scan = catalog.Open(export.Filters);
        var items = new List<EvidenceRecord>(export.Limit);
        string? lastId = null;
        await foreach (var record in catalog.ReadAsync(scan, export.After, cancellationToken))
        {
            items.Add(record);
            lastId = record.Id;
            if (items.Count == export.Limit)
            {
                break;
            }
        }

        var more = lastId is not null && scan.IdsAfter(lastId).Any();
        var next = more ? ExportCursor.Encode(export.Filters, lastId!) : null;
        return new EvidencePage(scan.Count, items.Count, items, next, next is null ? null : NextUrl(request, next));
    }

    private static string NextUrl(HttpRequest request, string cursor)
    {
        var query = request.Query
            .Where(p => p.Key != "cursor")
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new KeyValuePair<string, string?>("cursor", cursor));
        return $"{request.PathBase}{request.Path}{Microsoft.AspNetCore.Http.QueryString.Create(query)}";
    }
}
