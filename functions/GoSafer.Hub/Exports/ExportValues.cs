using System.Globalization;

namespace GoSafer.Hub.Exports;

/// <summary>How the flat export formats (CSV, JSON-LD) write dates: ISO 8601, UTC, second precision.</summary>
public static class ExportValues
{
    public static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
