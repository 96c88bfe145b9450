namespace GoSafer.Benchmarks.Measurement;

/// <summary>What one child process measured. The first seven figures are the contract; the rest explain them.</summary>
internal sealed record EngineReport
{
    public required double BuildDocsPerSec { get; init; }
    public required double P50Ms { get; init; }
    public required double P95Ms { get; init; }
    public required double P99Ms { get; init; }
    public required double Qps { get; init; }

    /// <summary>Peak working set of the whole child process (generation, build and queries).</summary>
    public required double PeakMemoryMb { get; init; }
    public required double IndexMb { get; init; }

    /// <summary>Peak private resident memory (heap, native, code) over the whole child; see <see cref="ResidentMemory"/>.</summary>
    public required double PeakPrivateMb { get; init; }

    /// <summary>Peak resident pages of mapped files (index files read through memory maps, the runtime's own files).</summary>
    public required double PeakMappedFilesMb { get; init; }

    /// <summary>Peak working set when the build (and its merge) had finished, before any query.</summary>
    public required double PeakMemoryAfterBuildMb { get; init; }

    /// <summary>What <see cref="BuildDocsPerSec"/> is computed from: adding, the final commit, and tagging when <see cref="TaggingIncluded"/>.</summary>
    public required double BuildSeconds { get; init; }
    public required double BuildDocsPerSecWithoutTagging { get; init; }

    /// <summary>Seconds spent tagging the corpus. Both engines index the tagged resources; only ours counts the tagging in its build.</summary>
    public required double TaggingSeconds { get; init; }
    public required bool TaggingIncluded { get; init; }

    /// <summary>
    /// The part of <see cref="BuildSeconds"/> after the last resource was added: the engine's finish (ours:
    /// the final commit and the merge into one segment, on one thread; SQLite: optimize, analyze, checkpoint).
    /// </summary>
    public required double FinishSeconds { get; init; }

    /// <summary>CPU time of the process while tagging and adding (all threads): what the build costs on a busy machine, where its wall time is mostly waiting for a core.</summary>
    public required double BuildCpuSeconds { get; init; }

    /// <summary>Threads that added resources to the index (the cores when the engine takes concurrent writes, else 1); queries always run on one.</summary>
    public required int BuildThreads { get; init; }
    public required double MeanMs { get; init; }
    public required double MaxMs { get; init; }
    public required double QuerySeconds { get; init; }

    /// <summary>Percentiles of the query thread's CPU time per query (NaN off Linux): latency without the waits for a core on a busy machine.</summary>
    public required double CpuP50Ms { get; init; }
    public required double CpuP95Ms { get; init; }
    public required double CpuP99Ms { get; init; }

    /// <summary>CPU time of the whole process during the measured queries; well below <see cref="QuerySeconds"/> means the machine was busy elsewhere.</summary>
    public required double QueryCpuSeconds { get; init; }
    public required int ZeroHitQueries { get; init; }
    public required double MeanTotal { get; init; }

    /// <summary>Queries our engine answered with typo-tolerant matches (exact total 0).</summary>
    public required int FuzzyQueries { get; init; }
    public required GcFacts Gc { get; init; }
}

/// <summary>The runtime's GC mode (left at its defaults) and the collections during the measured queries.</summary>
internal sealed record GcFacts(bool Server, bool Concurrent, string LatencyMode, int Gen0, int Gen1, int Gen2);
