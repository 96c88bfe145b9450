using System.Text.Json;
using GoSafer.Benchmarks.Corpus;

namespace GoSafer.Benchmarks.Measurement;

/// <summary>
/// Whether both engines answered the same: totals must agree on every query (the matching
/// semantics are the same by construction of the vocabulary); facet counts are compared too. A
/// query our engine answered with typo-tolerant matches has an exact total of 0, and its facets
/// are those of the fuzzy results, so only its total is compared.
/// </summary>
internal sealed record Agreement(int Queries, int TotalsAgree, int FacetsCompared, int FacetsAgree, int FuzzyFallbacks, IReadOnlyList<Disagreement> First)
{
    public const int Shown = 10;

    public bool AllTotalsAgree => TotalsAgree == Queries;

    public static Agreement Compare(IReadOnlyList<BenchmarkQuery> queries, string goSaferResults, string sqliteResults)
    {
        var ours = Read(goSaferResults);
        var theirs = Read(sqliteResults);
        if (ours.Count != queries.Count || theirs.Count != queries.Count)
        {
            throw new InvalidDataException($"expected {queries.Count} results from each engine, got {ours.Count} and {theirs.Count}");
        }

        var totals = 0;
        var facetsCompared = 0;
        var facets = 0;
        var disagreements = new List<Disagreement>();
        for (var i = 0; i < queries.Count; i++)
        {
            var totalOk = ours[i].Total == theirs[i].Total;
            var facetsOk = ours[i].Fuzzy || ours[i].Facets == theirs[i].Facets;
            totals += totalOk ? 1 : 0;
            facetsCompared += ours[i].Fuzzy ? 0 : 1;
            facets += !ours[i].Fuzzy && facetsOk ? 1 : 0;
            if ((!totalOk || !facetsOk) && disagreements.Count < Shown)
            {
                disagreements.Add(new Disagreement(i, queries[i].Text, queries[i].Filters, ours[i].Total, theirs[i].Total,
                    facetsOk ? null : ours[i].Facets, facetsOk ? null : theirs[i].Facets));
            }
        }

        return new Agreement(queries.Count, totals, facetsCompared, facets, ours.Count(r => r.Fuzzy), disagreements);
    }

    private static List<QueryResultLine> Read(string path) =>
        File.ReadLines(path).Select(line => JsonSerializer.Deserialize<QueryResultLine>(line, EngineRun.Json)!).ToList();
}

internal sealed record Disagreement(
    int Query, string Q, IReadOnlyDictionary<string, IReadOnlyList<string>> Filters, int GoSaferTotal, int SqliteTotal,
    string? GoSaferFacets, string? SqliteFacets);
