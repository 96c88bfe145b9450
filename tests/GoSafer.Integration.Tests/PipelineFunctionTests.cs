using Azure.Storage.Queues.Models;
using GoSafer.Functions;
using GoSafer.Hub.Contracts;
using GoSafer.Hub.Indexing;
using GoSafer.Hub.Indexing.Queue;
using GoSafer.Hub.Publishing;
using GoSafer.Indexer.Catalog;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace GoSafer.Integration.Tests;

/// <summary>
/// The queue- and timer-triggered functions, invoked directly with their trigger payloads (the
/// Functions host cannot run here) over the local host's services and checked over real HTTP.
/// </summary>
[Collection(HubHostCollection.Name)]
public sealed class PipelineFunctionTests(HubHost host)
{
    private T Function<T>() where T : class => ActivatorUtilities.CreateInstance<T>(host.Services);

    private static QueueMessage Message(string text, long dequeueCount = 1) =>
        QueuesModelFactory.QueueMessage(Guid.NewGuid().ToString("N"), "pop", text, dequeueCount);

    private async Task<string> StorePublishedAsync(string marker)
    {
        var id = "fn-" + marker;
        var submission = new ResourceSubmission
        {
            Title = $"Pipeline function {marker}",
            Description = "A lesson about recognising grooming online, stored without going through the review workflow.",
            Url = $"https://example.org/{id}",
            Organization = "Sample: Pipeline Org",
            Languages = ["en"],
            Harms = ["ocsea/grooming"],
            Audiences = ["educators"],
            Contact = new ContactDetails("Never Indexed", "never@example.org"),
        };
        var resource = PublishedResource.From(id, submission, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, inferred: null);
        await host.Services.GetRequiredService<PublishedResourceRepository>().PutAsync(resource, default);
        return id;
    }

    private async Task<int> TotalAsync(string query) =>
        (await host.GetJsonAsync($"/api/search?q={query}"))["total"]!.GetValue<int>();

    [Fact]
    public async Task The_queue_function_indexes_a_stored_resource_and_a_repeated_message_changes_nothing()
    {
        var marker = "queuefn" + Guid.NewGuid().ToString("N")[..8];
        var id = await StorePublishedAsync(marker);
        var message = Message(IndexRequestMessage.Serialize(new IndexRequest(id)));
        Assert.Equal(0, await TotalAsync(marker));

        await Function<IndexingFunctions>().IndexRequest(message, default);
        Assert.Equal(1, await TotalAsync(marker));
        var first = await host.GetJsonAsync($"/api/search?q={marker}");

        await Function<IndexingFunctions>().IndexRequest(Message(message.MessageText, 2), default);
        Assert.Equal(first.ToJsonString(), (await host.GetJsonAsync($"/api/search?q={marker}")).ToJsonString());

        await host.Services.GetRequiredService<PublishedResourceRepository>().DeleteAsync(id, default);
        await Function<IndexingFunctions>().IndexRequest(message, default);
        await Function<IndexingFunctions>().IndexRequest(message, default);
        Assert.Equal(0, await TotalAsync(marker));
    }

    [Fact]
    public async Task A_malformed_message_fails_so_the_host_retries_and_then_poisons_it()
    {
        var error = await Assert.ThrowsAsync<InvalidDataException>(() =>
            Function<IndexingFunctions>().IndexRequest(Message("not json", dequeueCount: 5), default));
        Assert.Equal(IndexRequestHandler.Malformed, error.Message);
    }

    [Fact]
    public async Task The_nightly_timer_function_repairs_drift_between_index_and_store()
    {
        var marker = "nightly" + Guid.NewGuid().ToString("N")[..8];
        var missing = await StorePublishedAsync(marker);
        var index = host.Services.GetRequiredService<CatalogIndex>();
        index.Store.Upsert(new CatalogEntry
        {
            Id = "fn-stale-" + marker,
            Title = $"Stale {marker}",
            Description = "Indexed, but its record is gone.",
            Url = "https://example.org/stale",
            Organization = "Sample: Stale Org",
        });
        index.Store.Commit();
        Assert.Equal(["fn-stale-" + marker], (await host.GetJsonAsync($"/api/search?q={marker}"))["results"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));

        await Function<MaintenanceFunctions>().Nightly(new TimerInfo(), default);

        Assert.Equal([missing], (await host.GetJsonAsync($"/api/search?q={marker}"))["results"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Health_reports_storage_queue_and_index_state()
    {
        var health = await host.GetJsonAsync("/api/health");
        Assert.Equal("ok", health["queue"]!["status"]!.GetValue<string>());
        Assert.Equal(IndexQueueKinds.InProcess, health["queue"]!["kind"]!.GetValue<string>());
        Assert.True(health["queue"]!["depth"]!.GetValue<int>() >= 0);
        Assert.Equal(IndexRoles.Writer, health["index"]!["role"]!.GetValue<string>());
        Assert.Equal(host.Services.GetRequiredService<CatalogIndex>().Store.Count, health["index"]!["documents"]!.GetValue<int>());
        Assert.NotNull(health["index"]!["lastCommit"]);
    }
}

public sealed class FunctionsHostSettingsTests
{
    [Fact]
    public void Host_json_poisons_after_the_same_number_of_attempts_as_the_hub_options()
    {
        var hostJson = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(GoSafer.Testing.RepositoryPaths.Combine("functions", "GoSafer.Functions", "host.json")))!;
        var queues = hostJson["extensions"]!["queues"]!;
        Assert.Equal(new IndexingOptions().MaxDequeueCount, queues["maxDequeueCount"]!.GetValue<int>());
        Assert.Equal("base64", queues["messageEncoding"]!.GetValue<string>());
        Assert.Equal(IndexingFunctions.QueueName, new IndexingOptions().QueueName);
    }
}

/// <summary>Which background services each configuration runs: exactly one consumer of the index requests, and no writer on a replica.</summary>
public sealed class IndexingWiringTests
{
    private static List<Type?> HostedServices(params string[] settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new Microsoft.Extensions.Hosting.HostApplicationBuilderSettings
        {
            Args = [.. settings.Select(s => "--" + s)],
        });
        GoSafer.Hub.HubServiceCollectionExtensions.AddGoSaferHub(builder.Services, builder.Configuration);
        return [.. builder.Services.Where(d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService)).Select(d => d.ImplementationType)];
    }

    [Fact]
    public void Embedded_mode_drains_the_channel_in_process()
    {
        var services = HostedServices();
        Assert.Contains(typeof(IndexingWorker), services);
        Assert.Contains(typeof(IndexStartup), services);
        Assert.DoesNotContain(typeof(AzureQueueIndexingWorker), services);
    }

    [Fact]
    public void The_storage_queue_is_drained_by_the_in_host_worker_unless_the_functions_trigger_is_the_consumer()
    {
        string[] azure = ["GoSafer:Indexing:Queue=AzureQueue", "GoSafer:Storage:ConnectionString=UseDevelopmentStorage=true"];
        Assert.Contains(typeof(AzureQueueIndexingWorker), HostedServices(azure));
        var functions = HostedServices([.. azure, "GoSafer:Indexing:QueueWorker=false"]);
        Assert.DoesNotContain(typeof(AzureQueueIndexingWorker), functions);
        Assert.DoesNotContain(typeof(IndexingWorker), functions);
    }

    [Fact]
    public void A_replica_pulls_snapshots_and_neither_reconciles_nor_consumes_index_requests()
    {
        var services = HostedServices("GoSafer:Indexing:Role=Replica", "GoSafer:Indexing:Queue=AzureQueue");
        Assert.Contains(typeof(GoSafer.Hub.Indexing.Snapshots.SnapshotPullService), services);
        Assert.DoesNotContain(typeof(IndexStartup), services);
        Assert.DoesNotContain(typeof(IndexingWorker), services);
        Assert.DoesNotContain(typeof(AzureQueueIndexingWorker), services);
    }
}
