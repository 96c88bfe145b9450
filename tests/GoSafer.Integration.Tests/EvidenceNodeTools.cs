using System.Diagnostics;
using GoSafer.Testing;

namespace GoSafer.Integration.Tests;

/// <summary>
/// Runs the standard tools of tests/tools (installed by tests/run.sh with npm ci): a strict CSV
/// reader, the jsonld processor and the Redocly OpenAPI linter.
/// </summary>
public static class EvidenceNodeTools
{
    public static string Folder { get; } = RepositoryPaths.Combine("tests", "tools");

    public static async Task<string> RunAsync(string stdin, string executable, params string[] arguments)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules")))
        {
            throw new InvalidOperationException($"{Folder}/node_modules is missing: run `bash tests/run.sh` (it runs npm ci there).");
        }

        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The linter must not phone home from a test run.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{executable} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{output}\n{await stderr}");
        }

        return output;
    }

    public static Task<string> NodeAsync(string stdin, string script, params string[] arguments) =>
        RunAsync(stdin, "node", [script, .. arguments]);
}
