using GoSafer.Testing;

namespace GoSafer.Infra.Tests.Bicep;

/// <summary>
/// Compiles every template and parameter file under infra/ once per test run (two bicep
/// processes with --pattern instead of one per file: the binary takes seconds to start).
/// </summary>
public sealed class InfraBuild : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _output = new("gosafer-bicep-build");

    public BicepRun Templates { get; private set; } = null!;

    public BicepRun ParameterFiles { get; private set; } = null!;

    public string TemplatesOutput => Path.Combine(_output.Path, "templates");

    public string ParameterFilesOutput => Path.Combine(_output.Path, "parameters");

    public async Task InitializeAsync()
    {
        var templates = BicepCli.RunAsync(InfraFiles.Root, null, "build", "--pattern", "**/*.bicep", "--outdir", TemplatesOutput);
        var parameters = BicepCli.RunAsync(InfraFiles.Root, null, "build-params", "--pattern", "**/*.bicepparam", "--outdir", ParameterFilesOutput);
        Templates = await templates;
        ParameterFiles = await parameters;
    }

    /// <summary>The diagnostics bicep reported for one source file (its lines start with the file's path).</summary>
    public static IReadOnlyList<string> DiagnosticsOf(BicepRun run, string relativePath)
    {
        var prefix = Path.Combine(InfraFiles.Root, relativePath) + "(";
        return run.Diagnostics.Where(d => d.StartsWith(prefix, StringComparison.Ordinal)).ToList();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _output.Dispose();
}
