using System.Globalization;

namespace GoSafer.Benchmarks.Measurement;

/// <summary>The human-readable table printed after a run.</summary>
internal static class Summary
{
    public static void Print(BenchmarkReport report, string outFile)
    {
        var ours = report.Engines.Gosafer;
        var sqlite = report.Engines.SqliteFts5;
        var a = report.Agreement;
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{report.Docs:N0} resources, {report.Queries:N0} queries (after {report.Run.WarmUp} warm-up), seed {report.Run.Seed}, {report.Run.Processors} cores"),
            "",
            "engine        build docs/s   p50 ms   p95 ms   p99 ms      qps   peak MB   index MB",
            Row("gosafer", ours),
            Row("sqlite fts5", sqlite),
            string.Create(CultureInfo.InvariantCulture,
                $"{"cpu ms",-11} {"",13} {ours.CpuP50Ms,8:F2} {ours.CpuP95Ms,8:F2} {ours.CpuP99Ms,8:F2}   gosafer: query thread CPU time"),
            string.Create(CultureInfo.InvariantCulture,
                $"{"",-11} {"",13} {sqlite.CpuP50Ms,8:F2} {sqlite.CpuP95Ms,8:F2} {sqlite.CpuP99Ms,8:F2}   sqlite"),
            string.Create(CultureInfo.InvariantCulture,
                $"{"ratio",-11} {report.Ratios.Build,12:F2}× {report.Ratios.P50,7:F2}× {report.Ratios.P95,7:F2}× {report.Ratios.P99,7:F2}× {report.Ratios.Qps,7:F2}×   (ours vs SQLite: higher is better)"),
            "",
            string.Create(CultureInfo.InvariantCulture,
                $"tagging: {ours.TaggingSeconds:F1} s of our {ours.BuildSeconds:F1} s build ({ours.BuildDocsPerSecWithoutTagging:N0} docs/s without it; SQLite's build excludes it); GC: {(ours.Gc.Server ? "server" : "workstation")}, {(ours.Gc.Concurrent ? "concurrent" : "non-concurrent")}"),
            string.Create(CultureInfo.InvariantCulture,
                $"peak MB: gosafer {ours.PeakMemoryAfterBuildMb:N0} after the build; its parts at their peaks: private {ours.PeakPrivateMb:N0}, mapped files {ours.PeakMappedFilesMb:N0} (SQLite {sqlite.PeakPrivateMb:N0} and {sqlite.PeakMappedFilesMb:N0})"),
            string.Create(CultureInfo.InvariantCulture,
                $"agreement: totals {a.TotalsAgree}/{a.Queries}, facets {a.FacetsAgree}/{a.FacetsCompared} ({a.FuzzyFallbacks} typo-tolerant fallbacks compared on totals only)"),
            $"load average before {report.Run.LoadAverageBefore ?? "?"}, after {report.Run.LoadAverageAfter ?? "?"}; CPU during queries: gosafer {ours.QueryCpuSeconds:F1} of {ours.QuerySeconds:F1} s, SQLite {sqlite.QueryCpuSeconds:F1} of {sqlite.QuerySeconds:F1} s",
            $"figures written to {outFile}",
        };
        Console.Out.WriteLine(string.Join('\n', lines));
    }

    private static string Row(string name, EngineReport r) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-11} {r.BuildDocsPerSec,13:N0} {r.P50Ms,8:F2} {r.P95Ms,8:F2} {r.P99Ms,8:F2} {r.Qps,8:F1} {r.PeakMemoryMb,9:F0} {r.IndexMb,10:F1}");
}
