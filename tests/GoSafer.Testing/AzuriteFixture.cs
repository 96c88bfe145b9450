using System.Diagnostics;
using Xunit;

namespace GoSafer.Testing;

/// <summary>
/// Azurite (npm, installed by tests/run.sh with npm ci) on 127.0.0.1 with a temp --location,
/// started once per test collection and stopped afterwards. It can be stopped and restarted on
/// the same ports and data to simulate a storage outage.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly TempFolder _location = new("gosafer-azurite");
    private Process? _process;

    public int BlobPort { get; } = FreePort.Next();
    public int QueuePort { get; } = FreePort.Next();
    public int TablePort { get; } = FreePort.Next();

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;";

    public static string Executable => RepositoryPaths.Combine("tests", "azurite", "node_modules", ".bin", "azurite");

    public Task InitializeAsync() => StartAsync();

    public async Task StartAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed at {Executable}. Run the README's test command (bash tests/run.sh), which runs npm ci in tests/azurite.");
        }

        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--silent", "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl",
                     "--location", _location.Path,
                     "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(),
                     "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(),
                     "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(),
                 })
        {
            info.ArgumentList.Add(arg);
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException("Azurite did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await FreePort.WaitUntilListeningAsync(BlobPort, TimeSpan.FromSeconds(30));
        await FreePort.WaitUntilListeningAsync(QueuePort, TimeSpan.FromSeconds(30));
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>
    /// Stops Azurite as an operator would (SIGTERM): it closes its listeners and saves its
    /// metadata, so every write it acknowledged is there after <see cref="StartAsync"/>; a kill
    /// (<see cref="StopAsync"/>) can lose the last seconds of Azurite's own bookkeeping.
    /// </summary>
    public async Task StopGracefullyAsync()
    {
        if (_process is { HasExited: false } process)
        {
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term!.WaitForExitAsync();
            }

            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                // StopAsync below kills what did not exit.
            }
        }

        await StopAsync();
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        _location.Dispose();
    }
}
