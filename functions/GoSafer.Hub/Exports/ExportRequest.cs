namespace GoSafer.Hub.Exports;

/// <summary>A validated <c>GET /api/evidence</c>: search's facet filters plus format and paging.</summary>
public sealed record ExportRequest(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    ExportFormat Format,
    int Limit,
    string? After);
