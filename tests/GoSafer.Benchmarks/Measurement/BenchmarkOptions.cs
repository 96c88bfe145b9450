using System.Globalization;

namespace GoSafer.Benchmarks.Measurement;

/// <summary>The command line. Without <see cref="Engine"/> this process orchestrates; with it, it is the child measuring that engine.</summary>
internal sealed record BenchmarkOptions
{
    public const string GoSafer = "gosafer";
    public const string Sqlite = "sqlite";

    public int Docs { get; init; } = 10_000;
    public int Queries { get; init; } = 1_000;
    /// <summary>
    /// Queries run before measuring. 2,000 because .NET compiles methods in tiers: after 200 the
    /// query path still ran largely in first-tier code (with tier-up not delayed, 200 were enough),
    /// and a long-running hub serves from fully compiled code. SQLite is native and unaffected.
    /// </summary>
    public int WarmUp { get; init; } = 2_000;
    public ulong Seed { get; init; } = 42;
    public int WordsPerLanguage { get; init; } = 20_000;
    public string Out { get; init; } = "benchmark.json";
    public string? Export { get; init; }
    public string Work { get; init; } = Path.GetTempPath();
    public bool KeepIndexes { get; init; }

    // Set by the orchestrator for its children.
    public string? Engine { get; init; }
    public string? VocabularyFile { get; init; }
    public string? ResultsFile { get; init; }

    public const string Usage = """
        dotnet run -c Release --project tests/GoSafer.Benchmarks -- [options]
          --docs N          resources to generate and index (default 10000)
          --queries M       measured queries (default 1000)
          --out FILE.json   where the figures go (default benchmark.json)
          --export DIR      also write DIR/corpus.jsonl and DIR/queries.jsonl
          --seed S          corpus and query seed (default 42)
          --warmup W        queries run before measuring, not counted (default 2000)
          --words V         vocabulary words per language (default 20000)
          --work DIR        where the indexes are built (default the temp folder)
          --keep-indexes    leave the indexes in the work folder
        """;

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--docs" => options with { Docs = Positive(name, Value()) },
                "--queries" => options with { Queries = Positive(name, Value()) },
                "--warmup" => options with { WarmUp = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = ulong.Parse(Value(), CultureInfo.InvariantCulture) },
                "--words" => options with { WordsPerLanguage = Positive(name, Value()) },
                "--out" => options with { Out = Value() },
                "--export" => options with { Export = Value() },
                "--work" => options with { Work = Value() },
                "--keep-indexes" => options with { KeepIndexes = true },
                "--engine" => options with { Engine = EngineName(Value()) },
                "--vocabulary" => options with { VocabularyFile = Value() },
                "--results" => options with { ResultsFile = Value() },
                _ => throw new ArgumentException($"unknown option {name}"),
            };
        }

        return options;
    }

    /// <summary>The arguments of the child process that measures <paramref name="engine"/>.</summary>
    public IEnumerable<string> ChildArguments(string engine, string vocabularyFile, string resultsFile, string work) =>
    [
        "--engine", engine, "--docs", Str(Docs), "--queries", Str(Queries), "--warmup", Str(WarmUp), "--seed", Seed.ToString(CultureInfo.InvariantCulture),
        "--words", Str(WordsPerLanguage), "--work", work, "--vocabulary", vocabularyFile, "--results", resultsFile,
        .. KeepIndexes ? ["--keep-indexes"] : Array.Empty<string>(),
    ];

    private static string EngineName(string value) =>
        value is GoSafer or Sqlite ? value : throw new ArgumentException($"--engine is {GoSafer} or {Sqlite}");

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive integer");
}
