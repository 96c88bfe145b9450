using GoSafer.Benchmarks.Measurement;

if (args is ["--ndjson-memory", .. var rest])
{
    return GoSafer.Benchmarks.Export.NdjsonMemory.Execute(rest);
}

if (args is ["--live-updates", .. var live])
{
    return GoSafer.Benchmarks.LiveUpdates.LiveUpdateRun.Execute(live);
}

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

// Without --engine this process orchestrates the run; with it, it measures that one engine (a child).
return options.Engine is null ? Orchestrator.Execute(options) : EngineRun.Execute(options);
