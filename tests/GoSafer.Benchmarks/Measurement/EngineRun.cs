using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using GoSafer.Benchmarks.Corpus;
using GoSafer.Benchmarks.Engines;
using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Benchmarks.Measurement;

/// <summary>
/// The child process: streams the corpus into one engine, then runs the warm-up and the measured
/// queries one at a time on this thread. Each engine runs in its own process so that the peak
/// working set is its own and neither disturbs the other's caches or heap.
/// </summary>
internal static class EngineRun
{
    /// <summary>
    /// Resources generated, tagged and added per round. A segment flush (1-2 s) stops one adding
    /// thread while the others go on with the batch; with 5,000 they ran out of work and waited for
    /// it at the end of the batch (docs/benchmarks.md, seventh round).
    /// </summary>
    private const int Batch = 20_000;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static int Execute(BenchmarkOptions options)
    {
        var taxonomy = TaxonomyLoader.LoadEmbedded();
        var vocabulary = options.VocabularyFile is { } file ? Vocabulary.Load(file) : Vocabulary.Build(taxonomy, options.WordsPerLanguage);
        var corpus = new CorpusGenerator(vocabulary, taxonomy, options.Seed, options.Docs);
        var folder = Path.Combine(options.Work, $"gosafer-bench-{options.Engine}-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            EngineReport report;
            using (IBenchmarkEngine engine = options.Engine == BenchmarkOptions.GoSafer ? new GoSaferEngine(folder, taxonomy) : new SqliteFts5Engine(folder, taxonomy))
            {
                report = Measure(engine, corpus, taxonomy, options);
            }

            Console.Out.WriteLine(JsonSerializer.Serialize(report, Json));
            return 0;
        }
        finally
        {
            if (!options.KeepIndexes)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static EngineReport Measure(IBenchmarkEngine engine, CorpusGenerator corpus, HubTaxonomy taxonomy, BenchmarkOptions options)
    {
        using var resident = new ResidentMemory();
        var build = Build(engine, corpus, taxonomy, options);
        double peakAfterBuildMb;
        using (var afterBuild = Process.GetCurrentProcess())
        {
            peakAfterBuildMb = afterBuild.PeakWorkingSet64 / 1048576.0;
            Progress(options, $"peak working set after the build {peakAfterBuildMb:N0} MB (private {resident.PeakPrivateMb:N0} MB, mapped files {resident.PeakFileMb:N0} MB at their peaks), now {afterBuild.WorkingSet64 / 1048576.0:N0} MB, managed heap {GC.GetTotalMemory(false) / 1048576.0:N0} MB");
        }

        var queries = new QueryGenerator(corpus, taxonomy, options.Seed);
        for (var i = 0; i < options.WarmUp; i++)
        {
            engine.Search(queries.WarmUp(i));
        }

        var measured = Enumerable.Range(0, options.Queries).Select(queries.Measured).ToList();
        var milliseconds = new double[measured.Count];
        var cpuMilliseconds = new double[measured.Count];
        var outcomes = new QueryOutcome[measured.Count];
        using var self = Process.GetCurrentProcess();
        var gcBefore = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2));
        var cpuBefore = self.TotalProcessorTime;
        for (var i = 0; i < measured.Count; i++)
        {
            var cpuStarted = ThreadCpuClock.NowMs();
            var started = Stopwatch.GetTimestamp();
            outcomes[i] = engine.Search(measured[i]);
            milliseconds[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            cpuMilliseconds[i] = ThreadCpuClock.NowMs() - cpuStarted;
        }

        self.Refresh();
        var cpuSeconds = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        var gc = new GcFacts(
            GCSettings.IsServerGC, GCSettings.LatencyMode != GCLatencyMode.Batch, GCSettings.LatencyMode.ToString(),
            GC.CollectionCount(0) - gcBefore.Gen0, GC.CollectionCount(1) - gcBefore.Gen1, GC.CollectionCount(2) - gcBefore.Gen2);
        if (options.ResultsFile is { } results)
        {
            File.WriteAllLines(results, outcomes.Select((o, i) =>
                JsonSerializer.Serialize(new QueryResultLine(o.Total, o.Fuzzy, o.FacetKey(), Math.Round(milliseconds[i], 3), Math.Round(cpuMilliseconds[i], 3)), Json)));
        }

        var latencies = new Latencies(milliseconds);
        var cpu = new Latencies(cpuMilliseconds);
        return new EngineReport
        {
            BuildDocsPerSec = options.Docs / build.Seconds,
            BuildDocsPerSecWithoutTagging = options.Docs / build.AddingSeconds,
            P50Ms = latencies.Percentile(50),
            P95Ms = latencies.Percentile(95),
            P99Ms = latencies.Percentile(99),
            Qps = measured.Count / latencies.TotalSeconds,
            PeakMemoryMb = self.PeakWorkingSet64 / 1048576.0,
            PeakPrivateMb = resident.PeakPrivateMb,
            PeakMappedFilesMb = resident.PeakFileMb,
            PeakMemoryAfterBuildMb = peakAfterBuildMb,
            IndexMb = build.IndexBytes / 1048576.0,
            BuildSeconds = build.Seconds,
            TaggingSeconds = build.TaggingSeconds,
            TaggingIncluded = build.TaggingIncluded,
            FinishSeconds = build.FinishSeconds,
            BuildCpuSeconds = build.CpuSeconds,
            BuildThreads = engine.ConcurrentAdds ? Environment.ProcessorCount : 1,
            MeanMs = latencies.Mean,
            MaxMs = latencies.Max,
            QuerySeconds = latencies.TotalSeconds,
            QueryCpuSeconds = cpuSeconds,
            CpuP50Ms = cpu.Percentile(50),
            CpuP95Ms = cpu.Percentile(95),
            CpuP99Ms = cpu.Percentile(99),
            ZeroHitQueries = outcomes.Count(o => o.Total == 0),
            MeanTotal = outcomes.Average(o => o.Total),
            FuzzyQueries = outcomes.Count(o => o.Fuzzy),
            Gc = gc,
        };
    }

    /// <summary>Streams the corpus in batches: generating is not timed, tagging and adding are, each on its own clock.</summary>
    private static BuildTimes Build(IBenchmarkEngine engine, CorpusGenerator corpus, HubTaxonomy taxonomy, BenchmarkOptions options)
    {
        // Start-up costs of any process, not costs of indexing resources: SmartCn loads its
        // dictionaries on first use (both engines segment Chinese with it), the tagger compiles its
        // lexicon and the language detector loads its model.
        var tagging = new HubTagging(taxonomy);
        tagging.Apply(corpus.Generate(0));
        using (var probe = new TokenProbe())
        {
            probe.Lucene(TokenProbe.FieldOf(Languages.Chinese), "中文");
        }

        // Tagging is independent per resource, so it runs on every core for both engines (only
        // ours counts it); adding does too when the engine takes concurrent writes.
        var cores = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var tag = new Stopwatch();
        var add = new Stopwatch();
        var cpu = TimeSpan.Zero;
        var resources = new List<GeneratedResource>(Batch);
        var entries = new CatalogEntry[Batch];
        for (var start = 0; start < options.Docs; start += Batch)
        {
            resources.Clear();
            for (var i = start; i < Math.Min(options.Docs, start + Batch); i++)
            {
                resources.Add(corpus.Generate(i));
            }

            var cpuStarted = Environment.CpuUsage.TotalTime;
            tag.Start();
            Parallel.For(0, resources.Count, cores, i => entries[i] = tagging.Apply(resources[i]).ToCatalogEntry());
            tag.Stop();
            add.Start();
            if (engine.ConcurrentAdds)
            {
                Parallel.For(0, resources.Count, cores, i => engine.Add(entries[i]));
            }
            else
            {
                for (var i = 0; i < resources.Count; i++)
                {
                    engine.Add(entries[i]);
                }
            }

            add.Stop();
            cpu += Environment.CpuUsage.TotalTime - cpuStarted;
            if ((start / Batch) % Math.Max(1, options.Docs / Batch / 10) == 0 || start + Batch >= options.Docs)
            {
                Progress(options, $"indexed {Math.Min(options.Docs, start + Batch):N0} of {options.Docs:N0} (adding {add.Elapsed.TotalSeconds:F1} s, tagging {tag.Elapsed.TotalSeconds:F1} s)");
            }
        }

        var finishCpu = Environment.CpuUsage.TotalTime;
        var finish = Stopwatch.StartNew();
        add.Start();
        engine.Finish();
        add.Stop();
        finish.Stop();
        cpu += Environment.CpuUsage.TotalTime - finishCpu;

        // Both engines index the same tagged resources; only ours counts the tagging in its build.
        var times = new BuildTimes(add.Elapsed.TotalSeconds, finish.Elapsed.TotalSeconds, tag.Elapsed.TotalSeconds, options.Engine == BenchmarkOptions.GoSafer, engine.IndexBytes(), cpu.TotalSeconds);
        Progress(options, $"built in {times.Seconds:F1} s{(times.TaggingIncluded ? " with tagging" : "")} (finish {times.FinishSeconds:F1} s), {times.IndexBytes / 1048576.0:F1} MB on disk");
        return times;
    }

    private static void Progress(BenchmarkOptions options, string message) =>
        Console.Error.WriteLine($"[{options.Engine}] {message}");
}

/// <param name="AddingSeconds">Adding every resource and the engine's finish (final commit, merge).</param>
/// <param name="FinishSeconds">The part of <paramref name="AddingSeconds"/> spent in the engine's finish (commit, merge).</param>
/// <param name="CpuSeconds">CPU time of the whole process while tagging and adding (every thread: the build's, merges, GC).</param>
internal sealed record BuildTimes(double AddingSeconds, double FinishSeconds, double TaggingSeconds, bool TaggingIncluded, long IndexBytes, double CpuSeconds)
{
    /// <summary>The build time the build rate is reported from.</summary>
    public double Seconds => AddingSeconds + (TaggingIncluded ? TaggingSeconds : 0);
}

/// <summary>One line of a child's per-query results file, compared across engines by the orchestrator (the latency is kept for analysis).</summary>
internal sealed record QueryResultLine(int Total, bool Fuzzy, string Facets, double Ms, double CpuMs);
