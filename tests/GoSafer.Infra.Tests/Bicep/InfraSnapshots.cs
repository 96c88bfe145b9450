using System.Text.Json.Nodes;
using GoSafer.Testing;

namespace GoSafer.Infra.Tests.Bicep;

/// <summary>
/// Deployment snapshots of the dev and prod parameter files, and of prod with Entra ID sign-in
/// configured (the prod file reads the client ID from GOSAFER_ENTRA_CLIENT_ID). bicep writes a
/// snapshot beside its parameter file, so each runs in its own copy of infra/.
/// </summary>
public sealed class InfraSnapshots : IAsyncLifetime, IDisposable
{
    public const string Collection = "infra snapshots";
    public const string EntraClientId = "11111111-2222-3333-4444-555555555555";
    private const string SubscriptionId = "00000000-0000-0000-0000-00000000c0de";
    private readonly List<TempFolder> _folders = [];

    public DeploymentSnapshot Dev { get; private set; } = null!;

    public DeploymentSnapshot Prod { get; private set; } = null!;

    public DeploymentSnapshot ProdWithEntra { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var dev = TakeAsync("main.dev.bicepparam", "rg-gosafer-dev", null);
        var prod = TakeAsync("main.prod.bicepparam", "rg-gosafer-prod", null);
        var entra = TakeAsync("main.prod.bicepparam", "rg-gosafer-prod", new Dictionary<string, string> { ["GOSAFER_ENTRA_CLIENT_ID"] = EntraClientId });
        Dev = await dev;
        Prod = await prod;
        ProdWithEntra = await entra;
    }

    private async Task<DeploymentSnapshot> TakeAsync(string parameterFile, string resourceGroup, Dictionary<string, string>? environment)
    {
        var folder = new TempFolder("gosafer-bicep-snapshot");
        _folders.Add(folder);
        CopyFolder(InfraFiles.Root, folder.Path);

        var run = await BicepCli.RunAsync(folder.Path, environment, "snapshot", parameterFile, "--mode", "overwrite",
            "--subscription-id", SubscriptionId, "--resource-group", resourceGroup, "--location", "westeurope");
        if (!run.IsClean)
        {
            throw new InvalidOperationException($"bicep snapshot {parameterFile}: {run.Describe()}");
        }

        var snapshotFile = Path.Combine(folder.Path, Path.ChangeExtension(parameterFile, ".snapshot.json"));
        return new DeploymentSnapshot(JsonNode.Parse(await File.ReadAllTextAsync(snapshotFile))!);
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        foreach (var folder in _folders)
        {
            folder.Dispose();
        }
    }
}

/// <summary>One set of snapshots for every test class that reads them.</summary>
[CollectionDefinition(InfraSnapshots.Collection)]
public sealed class InfraSnapshotsCollection : ICollectionFixture<InfraSnapshots>;
