using GoSafer.Hub.Configuration;
using GoSafer.Hub.Indexing.Consistency;
using GoSafer.Hub.Indexing.Queue;
using GoSafer.Hub.Indexing.Snapshots;
using GoSafer.Hub.Storage;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Taxonomy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Registry;

namespace GoSafer.Hub.Indexing;

/// <summary>
/// The indexing pipeline as configured by <c>GoSafer:Indexing</c>: which queue carries index
/// requests, whether this instance writes the index or serves pulled snapshots, and the snapshot
/// schedule. The role decides which services exist at all: a replica never opens an index writer.
/// </summary>
public static class IndexingServiceCollectionExtensions
{
    public static IServiceCollection AddGoSaferIndexing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IndexingOptions>()
            .Bind(configuration.GetSection(IndexingOptions.Section))
            .Validate(o => o.IsValid,
                "GoSafer:Indexing: Role must be Writer or Replica, Queue InProcess or AzureQueue, MaxDequeueCount >= 1, BatchSize 1..32")
            .Validate(o => !o.IsReplica || o.UsesAzureQueue,
                "GoSafer:Indexing:Role=Replica needs Queue=AzureQueue: a replica's index requests must reach the writer")
            .ValidateOnStart();
        var settings = Settings(configuration);

        services.AddSingleton<CatalogIndex>();
        services.AddSingleton<IndexRequestHandler>();
        services.AddSingleton<ConsistencyCheck>();
        services.AddSingleton<IndexSnapshotPublisher>();

        if (settings.UsesAzureQueue)
        {
            services.AddSingleton(CreateAzureQueue);
            services.AddSingleton<IIndexRequestQueue>(sp => sp.GetRequiredService<AzureIndexRequestQueue>());
            services.AddSingleton<IndexQueueProcessor>();
        }
        else
        {
            services.AddSingleton<ChannelIndexRequestQueue>();
            services.AddSingleton<IIndexRequestQueue>(sp => sp.GetRequiredService<ChannelIndexRequestQueue>());
        }

        if (settings.IsReplica)
        {
            services.AddSingleton(sp => new SnapshotReplica(sp.GetRequiredService<HubTaxonomy>()));
            services.AddSingleton(sp => new IndexSnapshotPuller(
                sp.GetRequiredService<IRecordStore>(),
                sp.GetRequiredService<SnapshotReplica>(),
                ReplicaPath(sp),
                sp.GetRequiredService<ILogger<IndexSnapshotPuller>>()));
            services.AddSingleton(sp => ServedIndex.ForReplica(sp.GetRequiredService<SnapshotReplica>(), sp.GetRequiredService<IndexSnapshotPuller>()));
        }
        else
        {
            services.AddSingleton(sp => ServedIndex.ForWriter(
                sp.GetRequiredService<CatalogIndex>(),
                settings.Snapshots.Publish ? sp.GetRequiredService<IndexSnapshotPublisher>() : null));
            if (settings.Snapshots.Publish)
            {
                services.AddSingleton<SnapshotPublishScheduler>();
            }
        }

        return services;
    }

    /// <summary>
    /// The background work of the role, registered after the seeding start-up so the index is
    /// reconciled with a seeded store. The Functions app sets <c>QueueWorker=false</c>: there the
    /// queue trigger consumes the Storage Queue.
    /// </summary>
    public static IServiceCollection AddIndexingHostedServices(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = Settings(configuration);
        if (settings.IsReplica)
        {
            services.AddHostedService<SnapshotPullService>();
            return services;
        }

        services.AddHostedService<IndexStartup>();
        if (!settings.UsesAzureQueue)
        {
            services.AddHostedService<IndexingWorker>();
        }
        else if (settings.QueueWorker)
        {
            services.AddHostedService<AzureQueueIndexingWorker>();
        }

        if (settings.Snapshots.Publish)
        {
            services.AddHostedService(sp => sp.GetRequiredService<SnapshotPublishScheduler>());
        }

        return services;
    }

    private static IndexingOptions Settings(IConfiguration configuration) =>
        configuration.GetSection(IndexingOptions.Section).Get<IndexingOptions>() ?? new IndexingOptions();

    private static string ReplicaPath(IServiceProvider sp)
    {
        var hub = sp.GetRequiredService<IOptions<HubOptions>>().Value;
        var configured = sp.GetRequiredService<IOptions<IndexingOptions>>().Value.Snapshots.ReplicaPath;
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? Path.Combine(hub.DataPath, "replica") : configured);
    }

    private static AzureIndexRequestQueue CreateAzureQueue(IServiceProvider sp)
    {
        var storage = sp.GetRequiredService<IOptions<HubOptions>>().Value.Storage;
        var indexing = sp.GetRequiredService<IOptions<IndexingOptions>>().Value;
        if (!storage.HasQueueAccess)
        {
            throw new OptionsValidationException(IndexingOptions.Section, typeof(IndexingOptions),
                ["GoSafer:Indexing:Queue=AzureQueue needs GoSafer:Storage:ConnectionString or GoSafer:Storage:QueueServiceUri"]);
        }

        var service = StorageClients.Queue(storage, sp.GetRequiredService<IOptions<ResilienceOptions>>().Value.Queue.Timeout);
        return new AzureIndexRequestQueue(
            service.GetQueueClient(indexing.QueueName),
            service.GetQueueClient(indexing.PoisonQueueName),
            sp.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(Dependencies.Queue));
    }
}
