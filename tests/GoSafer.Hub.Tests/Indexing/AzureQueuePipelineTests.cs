using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using GoSafer.Hub.Configuration;
using GoSafer.Hub.Indexing;
using GoSafer.Hub.Indexing.Consistency;
using GoSafer.Hub.Indexing.Queue;
using GoSafer.Hub.Publishing;
using GoSafer.Hub.Storage;
using GoSafer.Hub.Tests.Storage;
using GoSafer.Indexer.Index;
using GoSafer.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Tests.Indexing;

/// <summary>Index requests through a real Storage Queue (Azurite): delivery, idempotency and the poison policy.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureQueuePipelineTests : IDisposable
{
    private const int MaxAttempts = 3;
    private readonly TempFolder _folder = new();
    private readonly FileSystemRecordStore _store;
    private readonly PublishedResourceRepository _resources;
    private readonly LuceneIndexStore _index = LuceneIndexStore.InMemory(PipelineSamples.Taxonomy);
    private readonly CatalogIndex _catalog;
    private readonly QueueClient _rawQueue;
    private readonly QueueClient _rawPoison;
    private readonly AzureIndexRequestQueue _queue;
    private readonly CapturingLogger<IndexQueueProcessor> _log = new();
    private readonly IndexQueueProcessor _processor;

    public AzureQueuePipelineTests(AzuriteFixture azurite)
    {
        _store = new FileSystemRecordStore(_folder.Path);
        _resources = new PublishedResourceRepository(_store);
        _catalog = new CatalogIndex(_index, _resources, NullLogger<CatalogIndex>.Instance);
        var options = new IndexingOptions
        {
            Queue = IndexQueueKinds.AzureQueue,
            QueueName = $"test-{Guid.NewGuid():N}",
            MaxDequeueCount = MaxAttempts,
            RetryDelay = TimeSpan.Zero,
        };
        var resilience = new DependencyResilienceOptions { MaxRetries = 1, BaseDelayMs = 10 };
        var service = StorageClients.Queue(new HubStorageOptions { ConnectionString = azurite.ConnectionString }, resilience.Timeout);
        _rawQueue = service.GetQueueClient(options.QueueName);
        _rawPoison = service.GetQueueClient(options.PoisonQueueName);
        _queue = new AzureIndexRequestQueue(_rawQueue, _rawPoison, DependencyPipeline.Build(Dependencies.Queue, resilience));
        var handler = new IndexRequestHandler(_catalog, Options.Create(options), NullLogger<IndexRequestHandler>.Instance);
        _processor = new IndexQueueProcessor(_queue, handler, Options.Create(options), _log);
    }

    private async Task DrainAsync()
    {
        // Each round takes what is visible; failed messages are visible again at once (RetryDelay 0).
        for (var round = 0; round < 4 * MaxAttempts && await _processor.ProcessOnceAsync(default) > 0; round++)
        {
        }
    }

    private async Task<List<string>> PoisonBodiesAsync() =>
        [.. (await _rawPoison.ReceiveMessagesAsync(32)).Value.Select(m => m.MessageText)];

    [Fact]
    public async Task A_queued_request_carries_only_the_resource_id_and_is_applied_then_removed()
    {
        await PipelineSamples.StoreAsync(_resources, 1, 1);
        await _queue.EnqueueAsync(new IndexRequest(PipelineSamples.Id(1)));

        var peeked = (await _rawQueue.PeekMessagesAsync(32)).Value.Single();
        var body = JsonNode.Parse(peeked.MessageText)!.AsObject();
        Assert.Equal(["v", "resourceId"], body.Select(p => p.Key));
        Assert.Equal(PipelineSamples.Id(1), body["resourceId"]!.GetValue<string>());

        Assert.Equal(1, await _processor.ProcessOnceAsync(default));
        Assert.Equal([PipelineSamples.Id(1)], _index.Ids());
        var state = await _queue.GetStateAsync();
        Assert.True(state.Reachable);
        Assert.Equal(0, state.Depth);
        Assert.Empty((await _rawQueue.PeekMessagesAsync(32)).Value);
    }

    [Fact]
    public async Task A_message_processed_twice_changes_nothing()
    {
        await PipelineSamples.StoreAsync(_resources, 1, 3);
        foreach (var n in new[] { 1, 2, 3 })
        {
            await _queue.EnqueueAsync(new IndexRequest(PipelineSamples.Id(n)));
        }

        await DrainAsync();
        var once = DocumentFingerprints.Read(_index);
        Assert.Equal(3, once.Count);

        // At-least-once delivery: the same requests again, in one batch and one by one.
        await _queue.EnqueueAsync(new IndexRequest(PipelineSamples.Id(2)));
        await _queue.EnqueueAsync(new IndexRequest(PipelineSamples.Id(2)));
        await DrainAsync();
        await _queue.EnqueueAsync(new IndexRequest(PipelineSamples.Id(3)));
        await DrainAsync();
        Assert.Equal(once, DocumentFingerprints.Read(_index));

        // A withdrawal delivered twice: deleted once, the repeat is a no-op.
        await _resources.DeleteAsync(PipelineSamples.Id(1), default);
        await _queue.EnqueueAsync(new IndexRequest(PipelineSamples.Id(1)));
        await _queue.EnqueueAsync(new IndexRequest(PipelineSamples.Id(1)));
        await DrainAsync();
        Assert.Equal([PipelineSamples.Id(2), PipelineSamples.Id(3)], _index.Ids().Order());
        Assert.Empty(await PoisonBodiesAsync());
    }

    [Fact]
    public async Task A_request_that_keeps_failing_moves_to_the_poison_queue_after_the_configured_attempts_with_one_alert()
    {
        await PipelineSamples.StoreAsync(_resources, 1, 2);
        await _store.PutAsync(RecordKeys.PublishedResource(PipelineSamples.Id(9)), "{ damaged"u8.ToArray(), WriteCondition.None);
        await _queue.EnqueueAsync(new IndexRequest(PipelineSamples.Id(1)));
        await _queue.EnqueueAsync(new IndexRequest(PipelineSamples.Id(9)));
        await _queue.EnqueueAsync(new IndexRequest(PipelineSamples.Id(2)));

        await DrainAsync();

        // The good requests got through beside the bad one; the bad one was tried MaxAttempts times.
        Assert.Equal([PipelineSamples.Id(1), PipelineSamples.Id(2)], _index.Ids().Order());
        Assert.Empty((await _rawQueue.PeekMessagesAsync(32)).Value);
        var poisoned = Assert.Single(await PoisonBodiesAsync());
        Assert.Equal(PipelineSamples.Id(9), IndexRequestMessage.TryParse(poisoned)!.ResourceId);

        var alert = Assert.Single(_log.Entries, e => e.EventId.Id == PoisonAlert.EventId);
        Assert.Equal(LogLevel.Critical, alert.Level);
        Assert.Equal(PipelineSamples.Id(9), alert.Values["ResourceId"]);
        Assert.Equal((long)MaxAttempts, alert.Values["Attempts"]);
        Assert.Equal(_rawPoison.Name, alert.Values["PoisonQueue"]);
        Assert.Equal(MaxAttempts - 1, _log.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("retrying later", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_malformed_message_goes_to_the_poison_queue_at_once_and_its_body_is_not_logged()
    {
        await _queue.EnqueueAsync(new IndexRequest(PipelineSamples.Id(1)));
        await _rawQueue.SendMessageAsync("{\"v\":1,\"resourceId\":\"Jane Doe <jane@example.org>\"}");

        await DrainAsync();

        Assert.Single(await PoisonBodiesAsync());
        var alert = Assert.Single(_log.Entries, e => e.EventId.Id == PoisonAlert.EventId);
        Assert.Equal(1L, alert.Values["Attempts"]);
        Assert.Equal(IndexRequestHandler.Malformed, alert.Values["Reason"]);
        Assert.DoesNotContain(_log.Entries, e => e.Message.Contains("jane", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_message_whose_attempts_ran_out_in_a_stopped_worker_is_poisoned_when_next_received()
    {
        await PipelineSamples.StoreAsync(_resources, 1, 1);
        await _queue.EnqueueAsync(new IndexRequest(PipelineSamples.Id(1)));

        // Received MaxAttempts times by workers that stopped before finishing (the lease just expires).
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var taken = Assert.Single(await _queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), default));
            await _queue.RetryLaterAsync(taken, TimeSpan.Zero, default);
        }

        await DrainAsync();

        Assert.Empty(_index.Ids());
        Assert.Single(await PoisonBodiesAsync());
        Assert.Single(_log.Entries, e => e.EventId.Id == PoisonAlert.EventId);
    }

    public void Dispose()
    {
        _rawQueue.DeleteIfExists();
        _rawPoison.DeleteIfExists();
        _index.Dispose();
        _folder.Dispose();
    }
}
