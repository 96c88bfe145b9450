using GoSafer.Hub.Configuration;
using GoSafer.Hub.Storage;

namespace GoSafer.Hub.Tests.Storage;

/// <summary>
/// Azure runs the hub with shared keys disabled, so without a connection string the clients must
/// address the configured endpoints with a token credential (which cannot sign SAS URIs).
/// </summary>
public sealed class StorageClientsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public void Without_a_connection_string_the_clients_use_the_service_uris_with_an_identity_not_a_key()
    {
        var storage = new HubStorageOptions
        {
            Provider = HubStorageOptions.AzureBlob,
            BlobServiceUri = new Uri("https://acct.blob.core.windows.net"),
            QueueServiceUri = new Uri("https://acct.queue.core.windows.net"),
        };

        var blob = StorageClients.Blob(storage, Timeout);
        var queue = StorageClients.Queue(storage, Timeout);

        Assert.Equal("acct", blob.AccountName);
        Assert.Equal(storage.BlobServiceUri, blob.Uri);
        Assert.False(blob.CanGenerateAccountSasUri);
        Assert.Equal(storage.QueueServiceUri, queue.Uri);
        Assert.False(queue.CanGenerateAccountSasUri);
    }

    [Fact]
    public void A_connection_string_wins_and_carries_the_shared_key()
    {
        var storage = new HubStorageOptions
        {
            ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;",
            BlobServiceUri = new Uri("https://ignored.blob.core.windows.net"),
        };

        var blob = StorageClients.Blob(storage, Timeout);

        Assert.Equal("devstoreaccount1", blob.AccountName);
        Assert.True(blob.CanGenerateAccountSasUri);
        Assert.True(StorageClients.Queue(storage, Timeout).CanGenerateAccountSasUri);
    }

    [Fact]
    public void Neither_a_connection_string_nor_a_uri_is_refused_with_the_setting_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageClients.Queue(new HubStorageOptions(), Timeout));
        Assert.Contains("QueueServiceUri", error.Message, StringComparison.Ordinal);
    }
}
