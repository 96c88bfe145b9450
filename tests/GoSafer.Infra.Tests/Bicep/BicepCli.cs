using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace GoSafer.Infra.Tests.Bicep;

/// <summary>The bicep binary restored from the Azure.Bicep.CommandLine.linux-x64 package.</summary>
public static partial class BicepCli
{
    public static string Path { get; } = Locate();

    public static async Task<BicepRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No telemetry or update checks from a test run; the build machines reach no such host.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        // Parameter files read GOSAFER_* variables; a developer's shell must not change what a test sees.
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("GOSAFER_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bicep did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new BicepRun(process.ExitCode, await stdout, await stderr);
    }

    private static string Locate()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The restored package is Azure.Bicep.CommandLine.linux-x64");
        }

        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepPath").Value
            ?? throw new InvalidOperationException("BicepPath metadata is empty");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The bicep binary is not where restore puts it (Azure.Bicep.CommandLine.linux-x64)", path);
        }

        // NuGet extracts without the execute bit on some setups.
        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        }

        return path;
    }

    [GeneratedRegex(@"\) : (Error|Warning|Info) ", RegexOptions.CultureInvariant)]
    internal static partial Regex DiagnosticLine();
}

/// <summary>One bicep invocation: exit code and output; diagnostics are the compiler's and linter's findings.</summary>
public sealed record BicepRun(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> Diagnostics { get; } = Stderr
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(line => BicepCli.DiagnosticLine().IsMatch(line))
        .ToList();

    public bool IsClean => ExitCode == 0 && Diagnostics.Count == 0;

    public string Describe() => $"exit code {ExitCode}\n{Stderr}";
}
