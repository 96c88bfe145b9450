using Azure.Storage.Blobs;
using GoSafer.Hub.Storage;
using GoSafer.Testing;

namespace GoSafer.Hub.Tests.Storage;

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}

/// <summary>The same contract against Azure Blob Storage, as emulated by a real Azurite process.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobRecordStoreTests(AzuriteFixture azurite) : RecordStoreContract
{
    protected override IRecordStore CreateStore()
    {
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 0;
        var container = new BlobServiceClient(azurite.ConnectionString, options)
            .GetBlobContainerClient($"test-{Guid.NewGuid():N}");
        return new AzureBlobRecordStore(container, DependencyPipeline.Build(Dependencies.Blob, new DependencyResilienceOptions
        {
            MaxRetries = 2,
            BaseDelayMs = 20,
        }));
    }
}
