using System.Globalization;
using GoSafer.Hub.Exports;
using GoSafer.Hub.Http;
using GoSafer.Hub.Validation;
using GoSafer.Indexer.Taxonomy;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Stats;

/// <summary>
/// <c>GET /api/stats/gaps</c>: the evidence-gap matrix of the published catalog (or of a facet
/// slice, with search's filters) as JSON, or as CSV (<c>table=gaps</c>, the default,
/// <c>table=harm-age</c> or <c>table=evidence</c>).
/// </summary>
public sealed class GapStatsHandler(FacetSliceParser slices, EvidenceCatalog catalog, HubTaxonomy taxonomy)
{
    private static readonly IReadOnlySet<string> OwnParameters = new HashSet<string>(StringComparer.Ordinal) { "format", "table" };
    private static readonly string[] Matrix = [Facets.Harm, Facets.Age, Facets.Language];

    public IResult Get(HttpRequest request)
    {
        var errors = new FieldErrors();
        var filters = slices.Parse(request.Query, OwnParameters, errors);
        var format = request.Query["format"].ToString();
        if (format is not ("" or "json" or "csv"))
        {
            errors.Add("format", $"'{format}' is not a statistics format; valid: json, csv");
        }

        var table = request.Query["table"].ToString();
        if (table is not ("" or "gaps" or "harm-age" or "evidence"))
        {
            errors.Add("table", $"'{table}' is not a table; valid: gaps, harm-age, evidence");
        }
        else if (table.Length > 0 && format != "csv")
        {
            errors.Add("table", "chooses the CSV table; JSON holds both");
        }

        if (errors.Any)
        {
            return Problems.Validation(errors);
        }

        var stats = Compute(filters);
        if (format != "csv")
        {
            return TypedResults.Ok(stats);
        }

        var csv = table switch
        {
            "evidence" => CsvEvidenceWriter.Line(["evidenceLevel", "count"]) + string.Concat(stats.ByEvidence.Select(e => CsvEvidenceWriter.Line([e.Level, Count(e.Count)]))),
            "harm-age" => CsvEvidenceWriter.Line(["harm", "age", "count"]) + string.Concat(stats.ByHarmAndAge.Select(c => CsvEvidenceWriter.Line([c.Harm ?? "", c.Age ?? "", Count(c.Count)]))),
            _ => CsvEvidenceWriter.Line(["harm", "age", "lang", "count"]) + string.Concat(stats.Cells.Select(c => CsvEvidenceWriter.Line([c.Harm ?? "", c.Age ?? "", c.Lang ?? "", Count(c.Count)]))),
        };
        return TypedResults.Text(csv, "text/csv; charset=utf-8; header=present", System.Text.Encoding.UTF8);
    }

    public GapStats Compute(IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
    {
        using var scan = catalog.Open(filters);
        var harmOrder = Order(Facets.Harm);
        var ageOrder = Order(Facets.Age);
        var cells = scan.CountCombinations(Matrix)
            .Select(c => new GapCell(c.Key.Values[0], c.Key.Values[1], c.Key.Values[2], c.Value))
            .OrderBy(c => Position(harmOrder, c.Harm))
            .ThenBy(c => Position(ageOrder, c.Age))
            .ThenBy(c => c.Lang ?? "\uffff", StringComparer.Ordinal)
            .ToList();
        var byHarmAndAge = scan.CountCombinations([Facets.Harm, Facets.Age])
            .Select(c => new HarmAgeCount(c.Key.Values[0], c.Key.Values[1], c.Value))
            .OrderBy(c => Position(harmOrder, c.Harm))
            .ThenBy(c => Position(ageOrder, c.Age))
            .ToList();
        var byEvidence = scan.CountCombinations([Facets.Evidence]);
        var levels = taxonomy.Ids(Facets.Evidence)
            .Select(level => new EvidenceCount(level, byEvidence.GetValueOrDefault(new Indexer.Search.FacetCombination([level]))))
            .ToList();
        return new GapStats(scan.Count, taxonomy.Version, cells, byHarmAndAge, levels);
    }

    private Dictionary<string, int> Order(string facet) =>
        taxonomy.Ids(facet).Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);

    /// <summary>Taxonomy order for harms and age bands; values without one come last.</summary>
    private static int Position(Dictionary<string, int> order, string? id) =>
        id is not null && order.TryGetValue(id, out var index) ? index : int.MaxValue;

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
