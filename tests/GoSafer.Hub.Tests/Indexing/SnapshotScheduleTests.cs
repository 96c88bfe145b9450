using System.Collections.Concurrent;
using Azure.Storage.Blobs;
using GoSafer.Hub.Indexing;
using GoSafer.Hub.Indexing.Snapshots;
using GoSafer.Hub.Publishing;
using GoSafer.Hub.Storage;
using GoSafer.Hub.Tests.Storage;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;
using GoSafer.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Tests.Indexing;

/// <summary>
/// The scheduled snapshot path on Azurite: the writer's scheduler publishes after commits into the
/// snapshots container, the replica's pull service picks each one up while searches go on.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SnapshotScheduleTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TempFolder _folder = new();
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..12];
    private readonly IOptions<IndexingOptions> _options = Options.Create(new IndexingOptions
    {
        Snapshots = new SnapshotScheduleOptions
        {
            Publish = true,
            PublishInterval = TimeSpan.FromMilliseconds(100),
            PullInterval = TimeSpan.FromMilliseconds(100),
        },
    });

    private readonly IRecordStore _records;
    private readonly IRecordStore _snapshotContainer;
    private readonly IRecordStore _store;
    private readonly PublishedResourceRepository _resources;
    private readonly LuceneIndexStore _writerIndex;
    private readonly CatalogIndex _catalog;
    private readonly IndexSnapshotPublisher _publisher;
    private readonly SnapshotPublishScheduler _scheduler;
    private readonly SnapshotReplica _replica = new(PipelineSamples.Taxonomy);
    private readonly IndexSnapshotPuller _puller;
    private readonly SnapshotPullService _pullService;

    public SnapshotScheduleTests(AzuriteFixture azurite)
    {
        var clientOptions = new BlobClientOptions();
        clientOptions.Retry.MaxRetries = 0;
        var blobs = new BlobServiceClient(azurite.ConnectionString, clientOptions);
        var pipeline = DependencyPipeline.Build(Dependencies.Blob, new DependencyResilienceOptions { MaxRetries = 1, BaseDelayMs = 10 });
        _records = new AzureBlobRecordStore(blobs.GetBlobContainerClient($"records-{_suffix}"), pipeline);
        _snapshotContainer = new AzureBlobRecordStore(blobs.GetBlobContainerClient($"index-{_suffix}"), pipeline);
        _store = new ContainerRoutedRecordStore(_records, [(SnapshotKeys.Root, _snapshotContainer)]);
        _resources = new PublishedResourceRepository(_store);

        _writerIndex = LuceneIndexStore.OpenFolder(Path.Combine(_folder.Path, "writer"), PipelineSamples.Taxonomy);
        _catalog = new CatalogIndex(_writerIndex, _resources, NullLogger<CatalogIndex>.Instance);
        _publisher = new IndexSnapshotPublisher(_writerIndex, _store, TimeProvider.System, NullLogger<IndexSnapshotPublisher>.Instance);
        _scheduler = new SnapshotPublishScheduler(_catalog, _publisher, _options, TimeProvider.System, NullLogger<SnapshotPublishScheduler>.Instance);
        _puller = new IndexSnapshotPuller(_store, _replica, Path.Combine(_folder.Path, "replica"), NullLogger<IndexSnapshotPuller>.Instance);
        _pullService = new SnapshotPullService(_puller, PipelineSamples.Taxonomy, _options, TimeProvider.System, NullLogger<SnapshotPullService>.Instance);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    private int ReplicaTotal() => new CatalogSearcher(_replica).Search(new SearchRequest { Query = "lesson" }).Total;

    private async Task WaitForReplicaAsync(int total)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (ReplicaTotal() != total)
        {
            await Task.Delay(20, patience.Token);
        }
    }

    [Fact]
    public async Task A_replica_serves_an_empty_index_until_the_writer_publishes_then_picks_up_each_new_snapshot()
    {
        await _pullService.StartAsync(default);
        Assert.Equal(0, _replica.Count);
        Assert.Null(_puller.ServedGeneration);

        await PipelineSamples.StoreAsync(_resources, 0, 10);
        await _catalog.RebuildAsync(null, default);
        await _scheduler.StartAsync(default);
        await WaitForReplicaAsync(10);

        // Searches keep running on the replica while later commits are published and swapped in.
        using var stop = new CancellationTokenSource();
        var totals = new ConcurrentQueue<int>();
        var searching = Task.Run(() =>
        {
            var searcher = new CatalogSearcher(_replica);
            while (!stop.IsCancellationRequested)
            {
                totals.Enqueue(searcher.Search(new SearchRequest { Query = "lesson" }).Total);
            }
        });
        foreach (var from in new[] { 10, 15 })
        {
            await PipelineSamples.StoreAsync(_resources, from, 5);
            await _catalog.ApplyAsync([.. Enumerable.Range(from, 5).Select(n => new IndexRequest(PipelineSamples.Id(n)))], default);
            await WaitForReplicaAsync(from + 5);
        }

        await stop.CancelAsync();
        await searching;
        Assert.All(totals, t => Assert.Contains(t, new[] { 10, 15, 20 }));
        Assert.Equal(_publisher.LastPublished!.Generation, _puller.ServedGeneration);

        // Snapshots went to their own container, records stayed in theirs.
        Assert.NotEmpty(await _snapshotContainer.ListKeysAsync(SnapshotKeys.Root).ToListAsync());
        Assert.Empty(await _records.ListKeysAsync(SnapshotKeys.Root).ToListAsync());
        Assert.Equal(20, await _records.ListKeysAsync(RecordKeys.Published).CountAsync());
    }

    public async Task DisposeAsync()
    {
        await _scheduler.StopAsync(default);
        await _pullService.StopAsync(default);
        _scheduler.Dispose();
        _pullService.Dispose();
        _publisher.Dispose();
        _replica.Dispose();
        _writerIndex.Dispose();
        _folder.Dispose();
    }
}
