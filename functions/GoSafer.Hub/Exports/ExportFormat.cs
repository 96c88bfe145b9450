namespace GoSafer.Hub.Exports;

/// <summary>The formats of <c>GET /api/evidence</c>; only JSON is paged, the others stream the whole slice.</summary>
public enum ExportFormat
{
    Json,
    Ndjson,
    Csv,
    JsonLd,
}

public static class ExportFormats
{
    public static IReadOnlyDictionary<string, ExportFormat> ByName { get; } = new Dictionary<string, ExportFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = ExportFormat.Json,
        ["ndjson"] = ExportFormat.Ndjson,
        ["csv"] = ExportFormat.Csv,
        ["jsonld"] = ExportFormat.JsonLd,
    };

    public static string MediaType(ExportFormat format) => format switch
    {
        ExportFormat.Ndjson => "application/x-ndjson; charset=utf-8",
        ExportFormat.Csv => "text/csv; charset=utf-8; header=present",
        ExportFormat.JsonLd => "application/ld+json; charset=utf-8",
        _ => "application/json; charset=utf-8",
    };

    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Ndjson => "ndjson",
        ExportFormat.Csv => "csv",
        ExportFormat.JsonLd => "jsonld",
        _ => "json",
    };
}
