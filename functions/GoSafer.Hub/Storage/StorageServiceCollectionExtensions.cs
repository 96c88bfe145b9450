using GoSafer.Hub.Configuration;
using GoSafer.Hub.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace GoSafer.Hub.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// One named resilience pipeline per <see cref="Dependencies"/> entry (Polly's registry, keyed
    /// by name and configured from <c>GoSafer:Resilience:&lt;Dependency&gt;</c>) and the record
    /// store, instrumented, over the configured provider.
    /// </summary>
    public static IServiceCollection AddHubStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ResilienceOptions>()
            .Bind(configuration.GetSection(ResilienceOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ResilienceOptions>, ResilienceOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DependencyCircuits>();
        foreach (var dependency in Dependencies.All)
        {
            services.AddResiliencePipeline(dependency, (builder, context) =>
            {
                var provider = context.ServiceProvider;
                builder.TimeProvider = provider.GetRequiredService<TimeProvider>();
                DependencyPipeline.Configure(
                    builder,
                    dependency,
                    provider.GetRequiredService<IOptions<ResilienceOptions>>().Value.For(dependency),
                    provider.GetRequiredService<DependencyCircuits>().ProviderOf(dependency));
            });
        }

        services.AddSingleton<IRecordStore>(sp => new InstrumentedRecordStore(CreateRecordStore(sp)));
        return services;
    }

    private static IRecordStore CreateRecordStore(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<HubOptions>>().Value;
        if (options.Storage.IsFileSystem)
        {
            return new FileSystemRecordStore(Path.GetFullPath(options.RecordsPath));
        }

        var blobs = StorageClients.Blob(options.Storage, sp.GetRequiredService<IOptions<ResilienceOptions>>().Value.Blob.Timeout);
        var pipeline = sp.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(Dependencies.Blob);
        IRecordStore Container(string name) => new AzureBlobRecordStore(blobs.GetBlobContainerClient(name), pipeline);
        return new ContainerRoutedRecordStore(Container(options.Storage.Container),
        [
            (RecordKeys.Attachments, Container(options.Storage.AttachmentsContainer)),
            (RecordKeys.Audit, Container(options.Storage.AuditContainer)),
            (Indexing.Snapshots.SnapshotKeys.Root, Container(options.Storage.SnapshotsContainer)),
        ]);
    }
}
