using Azure.Storage.Blobs;
using GoSafer.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace GoSafer.Integration.Tests;

/// <summary>
/// The local host with <c>GoSafer:Storage:Provider=AzureBlob</c> against Azurite (its own
/// container), with the resilience settings a test needs.
/// </summary>
public sealed class AzuriteHubHost(AzuriteFixture azurite, string container, IEnumerable<string> settings) : HubHost
{
    public BlobContainerClient Container { get; } = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(container);

    public CapturedLogs Logs { get; } = new();

    protected override void Configure(WebApplicationBuilder builder) => builder.Logging.AddProvider(Logs);

    protected override IEnumerable<string> ExtraArgs =>
    [
        .. base.ExtraArgs,
        "--GoSafer:Storage:Provider=AzureBlob",
        $"--GoSafer:Storage:ConnectionString={azurite.ConnectionString}",
        $"--GoSafer:Storage:Container={container}",
        // Thousands of retries under an outage: their log lines (with stack traces) only cost CPU here.
        "--Logging:LogLevel:Polly=None",
        .. settings,
    ];

    /// <summary>Every stored submission (key → JSON), read straight from the container.</summary>
    public async Task<IReadOnlyDictionary<string, string>> StoredSubmissionsAsync()
    {
        var stored = new Dictionary<string, string>();
        await foreach (var blob in Container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "submissions/", CancellationToken.None))
        {
            var content = await Container.GetBlobClient(blob.Name).DownloadContentAsync();
            stored[blob.Name] = content.Value.Content.ToString();
        }

        return stored;
    }
}
