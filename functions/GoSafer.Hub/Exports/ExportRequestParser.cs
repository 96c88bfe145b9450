using System.Globalization;
using GoSafer.Hub.Validation;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Exports;

/// <summary>Reads <c>GET /api/evidence</c>: a facet slice (as search filters it) in ID order.</summary>
public sealed class ExportRequestParser(FacetSliceParser slices)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    private static readonly IReadOnlySet<string> OwnParameters = new HashSet<string>(StringComparer.Ordinal) { "format", "cursor", "limit" };

    public ParseResult<ExportRequest> Parse(IQueryCollection query)
    {
        var errors = new FieldErrors();
        var filters = slices.Parse(query, OwnParameters, errors);
        var formatText = query["format"].ToString();
        var format = ExportFormat.Json;
        if (formatText.Length > 0 && !ExportFormats.ByName.TryGetValue(formatText, out format))
        {
            errors.Add("format", $"'{formatText}' is not an export format; valid: {string.Join(", ", ExportFormats.ByName.Keys)}");
        }

        var limit = DefaultLimit;
        var limitText = query["limit"].ToString();
        if (limitText.Length > 0
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            errors.Add("limit", $"must be a whole number from 1 to {MaxLimit}; got '{limitText}'");
        }

        string? after = null;
        var cursor = query["cursor"].ToString();
        if (cursor.Length > 0)
        {
            if (format != ExportFormat.Json)
            {
                errors.Add("cursor", "only format=json is paged; the other formats stream the whole slice");
            }
            else
            {
                var (lastId, error) = ExportCursor.Decode(cursor, filters);
                if (error is not null)
                {
                    errors.Add("cursor", error);
                }

                after = lastId;
            }
        }

        if (limitText.Length > 0 && format != ExportFormat.Json && !errors.Fields.Contains("limit"))
        {
            errors.Add("limit", "only format=json is paged; the other formats stream the whole slice");
        }

        return errors.Any ? new(null, errors) : new(new ExportRequest(filters, format, limit, after), errors);
    }
}
