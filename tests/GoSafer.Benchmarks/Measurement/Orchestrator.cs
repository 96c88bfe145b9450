using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using GoSafer.Benchmarks.Corpus;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Benchmarks.Measurement;

/// <summary>
/// The parent process: builds the vocabulary once, exports the work if asked, runs one child per
/// engine (one after the other: the machine has two cores and the build of one must not slow the
/// queries of the other), checks that both gave the same totals, then writes and prints the figures.
/// </summary>
internal static class Orchestrator
{
    private static readonly JsonSerializerOptions Indented = new(EngineRun.Json) { WriteIndented = true };

    public static int Execute(BenchmarkOptions options)
    {
        var taxonomy = TaxonomyLoader.LoadEmbedded();
        var work = Path.Combine(options.Work, $"gosafer-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        try
        {
            var loadBefore = LoadAverage();
            var clock = Stopwatch.StartNew();
            var vocabulary = Vocabulary.Build(taxonomy, options.WordsPerLanguage);
            var vocabularyFile = Path.Combine(work, "vocabulary.json");
            vocabulary.Save(vocabularyFile);
            Console.Error.WriteLine($"vocabulary: {string.Join(", ", vocabulary.Words.Select(w => $"{w.Key} {w.Value.Count:N0} ({vocabulary.RealWords[w.Key]:N0} real)"))} in {clock.Elapsed.TotalSeconds:F1} s");

            var corpus = new CorpusGenerator(vocabulary, taxonomy, options.Seed, options.Docs);
            var queryGenerator = new QueryGenerator(corpus, taxonomy, options.Seed);
            var queries = Enumerable.Range(0, options.Queries).Select(queryGenerator.Measured).ToList();
            if (options.Export is { } export)
            {
                Directory.CreateDirectory(export);
                // The harms exported are those indexed: declared, or inferred when none are declared.
                var tagging = new HubTagging(taxonomy);
                JsonLinesExport.WriteCorpus(Path.Combine(export, "corpus.jsonl"), Enumerable.Range(0, options.Docs).Select(i => tagging.Apply(corpus.Generate(i))));
                JsonLinesExport.WriteQueries(Path.Combine(export, "queries.jsonl"), queries);
                Console.Error.WriteLine($"exported {options.Docs:N0} resources and {queries.Count:N0} queries to {export}");
            }

            var reports = new Dictionary<string, EngineReport>(StringComparer.Ordinal);
            var wallSeconds = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var engine in new[] { BenchmarkOptions.GoSafer, BenchmarkOptions.Sqlite })
            {
                clock.Restart();
                reports[engine] = RunChild(options.ChildArguments(engine, vocabularyFile, ResultsFile(work, engine), work));
                wallSeconds[engine] = clock.Elapsed.TotalSeconds;
            }

            var agreement = Agreement.Compare(queries, ResultsFile(work, BenchmarkOptions.GoSafer), ResultsFile(work, BenchmarkOptions.Sqlite));
            var report = new BenchmarkReport(
                options.Docs,
                options.Queries,
                new EngineReports(reports[BenchmarkOptions.GoSafer], reports[BenchmarkOptions.Sqlite]),
                Ratios.Of(reports[BenchmarkOptions.GoSafer], reports[BenchmarkOptions.Sqlite]),
                agreement,
                RunFacts(options, vocabulary, wallSeconds, loadBefore));
            File.WriteAllText(options.Out, JsonSerializer.Serialize(report, Indented) + "\n");
            Summary.Print(report, options.Out);
            if (!agreement.AllTotalsAgree)
            {
                Console.Error.WriteLine($"FAILED: the engines disagree on the totals of {agreement.Queries - agreement.TotalsAgree} of {agreement.Queries} queries; first ones:");
                foreach (var d in agreement.First)
                {
                    Console.Error.WriteLine($"  #{d.Query} q=\"{d.Q}\" filters={JsonSerializer.Serialize(d.Filters, EngineRun.Json)}: gosafer {d.GoSaferTotal}, sqlite {d.SqliteTotal}");
                }

                return 1;
            }

            return 0;
        }
        finally
        {
            if (!options.KeepIndexes)
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static string ResultsFile(string work, string engine) => Path.Combine(work, $"results.{engine}.jsonl");

    /// <summary>Runs this program again as a child and reads its report from the last line of its output.</summary>
    private static EngineReport RunChild(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo { FileName = Environment.ProcessPath!, RedirectStandardOutput = true, UseShellExecute = false };

        // Under `dotnet GoSafer.Benchmarks.dll` the process is the dotnet host: name the assembly.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the child process");
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"the child `{string.Join(' ', start.ArgumentList)}` failed with exit code {child.ExitCode}");
        }

        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        return JsonSerializer.Deserialize<EngineReport>(last, EngineRun.Json)!;
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux): the machine is shared, and other work skews the figures.</summary>
    private static string? LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;

    private static RunFacts RunFacts(BenchmarkOptions options, Vocabulary vocabulary, Dictionary<string, double> wallSeconds, string? loadBefore) => new(
        options.Seed,
        options.WarmUp,
        vocabulary.Words.ToDictionary(w => w.Key, w => w.Value.Count),
        DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Environment.ProcessorCount,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        wallSeconds,
        loadBefore,
        LoadAverage());
}

internal sealed record BenchmarkReport(int Docs, int Queries, EngineReports Engines, Ratios Ratios, Agreement Agreement, RunFacts Run);

internal sealed record EngineReports(EngineReport Gosafer, EngineReport SqliteFts5);

/// <summary>How many times better our engine is: SQLite latency ÷ ours, our throughput ÷ SQLite's.</summary>
internal sealed record Ratios(double P50, double P95, double P99, double Qps, double Build)
{
    public static Ratios Of(EngineReport ours, EngineReport sqlite) => new(
        sqlite.P50Ms / ours.P50Ms, sqlite.P95Ms / ours.P95Ms, sqlite.P99Ms / ours.P99Ms, ours.Qps / sqlite.Qps, ours.BuildDocsPerSec / sqlite.BuildDocsPerSec);
}

internal sealed record RunFacts(
    ulong Seed, int WarmUp, IReadOnlyDictionary<string, int> Vocabulary, string Date, int Processors, string Os, string Runtime,
    IReadOnlyDictionary<string, double> WallSeconds, string? LoadAverageBefore, string? LoadAverageAfter);
