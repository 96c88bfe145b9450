using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using GoSafer.Hub.Configuration;

namespace GoSafer.Hub.Storage;

/// <summary>
/// Builds the Blob and Queue service clients from <c>GoSafer:Storage</c>: a connection string when
/// one is set (Azurite, development), otherwise the service URI with the host's managed identity
/// (Azure, where the storage account refuses shared keys). Polly is the only retry layer, so the
/// SDK's own retries are off and its network timeout is only a backstop behind Polly's.
/// </summary>
public static class StorageClients
{
    private static readonly Lazy<TokenCredential> Identity = new(() => new DefaultAzureCredential());

    public static BlobServiceClient Blob(HubStorageOptions storage, TimeSpan attemptTimeout)
    {
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = attemptTimeout * 2;
        return !string.IsNullOrWhiteSpace(storage.ConnectionString)
            ? new BlobServiceClient(storage.ConnectionString, options)
            : new BlobServiceClient(storage.BlobServiceUri ?? throw Missing("BlobServiceUri"), Identity.Value, options);
    }

    public static QueueServiceClient Queue(HubStorageOptions storage, TimeSpan attemptTimeout)
    {
        // Base64 is what the Functions queue trigger reads.
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = attemptTimeout * 2;
        return !string.IsNullOrWhiteSpace(storage.ConnectionString)
            ? new QueueServiceClient(storage.ConnectionString, options)
            : new QueueServiceClient(storage.QueueServiceUri ?? throw Missing("QueueServiceUri"), Identity.Value, options);
    }

    private static InvalidOperationException Missing(string setting) =>
        new($"GoSafer:Storage needs ConnectionString or {setting}");
}
