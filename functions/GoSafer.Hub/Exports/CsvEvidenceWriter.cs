using System.Globalization;
using System.Text;

namespace GoSafer.Hub.Exports;

/// <summary>
/// One CSV row per resource (RFC 4180: CRLF line ends, a header row, UTF-8 without a byte order
/// mark). Multi-valued fields are joined with ";"; the JSON formats carry the full structure.
/// </summary>
public static class CsvEvidenceWriter
{
    private static readonly (string Name, Func<EvidenceRecord, string> Value)[] Columns =
    [
        ("id", r => r.Id),
        ("title", r => r.Title),
        ("description", r => r.Description),
        ("url", r => r.Url),
        ("organization", r => r.Organization),
        ("languages", r => CsvCells.Join(r.Languages)),
        ("ageMin", r => Number(r.AgeMin)),
        ("ageMax", r => Number(r.AgeMax)),
        ("ageBands", r => CsvCells.Join(r.AgeBands)),
        ("harms", r => CsvCells.Join(r.Harms)),
        ("audiences", r => CsvCells.Join(r.Audiences)),
        ("resourceType", r => r.ResourceType ?? ""),
        ("countries", r => CsvCells.Join(r.Countries)),
        ("license", r => r.License ?? ""),
        ("publishedYear", r => Number(r.PublishedYear)),
        ("evidenceLevel", r => r.Evidence.Level),
        ("studyDesign", r => r.Evidence.Design ?? ""),
        ("nativeRatings", r => CsvCells.Join(r.Evidence.Ratings.Select(x => $"{x.Scheme}: {x.Rating}"))),
        ("citations", r => CsvCells.Join(r.Evidence.Citations.Select(CitationLink))),
        ("populations", r => CsvCells.Join(r.Evidence.Populations)),
        ("evidenceCountries", r => CsvCells.Join(r.Evidence.Countries)),
        ("outcomes", r => CsvCells.Join(r.Evidence.Outcomes)),
        ("ingredients", r => CsvCells.Join(r.Evidence.Ingredients)),
        ("lastEvidenceCheck", r => ExportValues.Date(r.Evidence.LastChecked) ?? ""),
        ("publishedAt", r => ExportValues.Timestamp(r.PublishedAt)),
        ("updatedAt", r => ExportValues.Timestamp(r.UpdatedAt)),
        ("sample", r => r.Sample ? "true" : "false"),
    ];

    public static IReadOnlyList<string> Header { get; } = Columns.Select(c => c.Name).ToList();

    public static string HeaderLine() => Line(Header);

    public static string Row(EvidenceRecord record) => Line(Columns.Select(c => c.Value(record)));

    /// <summary>A DOI as its resolver URL (";" escaped, since it separates list items), else the URL.</summary>
    public static string CitationLink(Contracts.Citation citation) =>
        citation.Doi is { } doi ? "https://doi.org/" + doi.Replace(";", "%3B", StringComparison.Ordinal) : citation.Url!.Replace(";", "%3B", StringComparison.Ordinal);

    public static string Line(IEnumerable<string> cells)
    {
        var line = new StringBuilder();
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                line.Append(',');
            }

            CsvCells.Append(line, cell);
            first = false;
        }

        return line.Append("\r\n").ToString();
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

}
