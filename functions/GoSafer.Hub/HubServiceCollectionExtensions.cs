using GoSafer.Hub.Access;
using GoSafer.Hub.Audit;
using GoSafer.Hub.Configuration;
using GoSafer.Hub.Exports;
using GoSafer.Hub.Review;
using GoSafer.Hub.Health;
using GoSafer.Hub.Indexing;
using GoSafer.Hub.Intake;
using GoSafer.Hub.Oai;
using GoSafer.Hub.Publishing;
using GoSafer.Hub.Search;
using GoSafer.Hub.Seed;
using GoSafer.Hub.Storage;
using GoSafer.Hub.Submissions;
using GoSafer.Hub.TaxonomyApi;
using GoSafer.Hub.Validation;
using GoSafer.Hub.Tagging;
using GoSafer.Hub.Telemetry;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Language;
using GoSafer.Indexer.Tagging;
using GoSafer.Indexer.Taxonomy;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub;

public static class HubServiceCollectionExtensions
{
    /// <summary>Everything both hosts need: options, storage, index, handlers and the start-up work.</summary>
    public static IServiceCollection AddGoSaferHub(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HubOptions>()
            .Bind(configuration.GetSection(HubOptions.Section))
            .Validate(o => o.Storage.IsFileSystem
                           || (string.Equals(o.Storage.Provider, HubStorageOptions.AzureBlob, StringComparison.OrdinalIgnoreCase)
                               && o.Storage.HasBlobAccess),
                "GoSafer:Storage:Provider must be FileSystem, or AzureBlob with GoSafer:Storage:ConnectionString or GoSafer:Storage:BlobServiceUri set")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => TaxonomyLoader.LoadEmbedded());
        services.AddHubStorage(configuration);
        services.AddSingleton(sp => LuceneIndexStore.OpenFolder(
            Path.GetFullPath(sp.GetRequiredService<IOptions<HubOptions>>().Value.IndexPath),
            sp.GetRequiredService<HubTaxonomy>()));

        services.AddSingleton(sp => new ResourceTagger(sp.GetRequiredService<HubTaxonomy>(), LanguageDetector.Default.Detect));
        services.AddSingleton<TagHandler>();
        services.AddSingleton<ResourceSubmissionParser>();
        services.AddSingleton<NominationSubmissionParser>();
        services.AddSingleton<SearchQueryParser>();
        services.AddSingleton<FacetViews>();
        services.AddSingleton<SubmissionRepository>();
        services.AddSingleton<PublishedResourceRepository>();
        services.AddSingleton<ResourcePublisher>();
        services.AddSingleton<DemoCorpus>();

        services.AddGoSaferIndexing(configuration);

        services.AddOptions<AuthOptions>().Bind(configuration.GetSection($"{HubOptions.Section}:Auth"));
        services.AddOptions<ReviewOptions>().Bind(configuration.GetSection($"{HubOptions.Section}:Review"));
        services.AddSingleton<HubAuthenticator>();
        services.AddSingleton<AccessCheck>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AuditHandler>();
        services.AddSingleton<ReviewHandler>();
        services.AddSingleton<ReviewDueSweep>();
        services.AddSingleton<Maintenance.NightlyMaintenance>();
        services.AddSingleton<SignedInHandler>();
        services.AddSingleton<HealthHandler>();
        services.AddSingleton<TaxonomyHandler>();
        services.AddSingleton<DuplicateGuard>();
        services.AddSingleton<IntakeRateLimiter>();
        services.AddSingleton<IdempotencyLedger>();
        services.AddHostedService<IdempotencyExpiry>();
        services.AddSingleton<IntakeHandler>();
        services.AddSingleton<SubmissionStatusHandler>();
        services.AddSingleton<ResourceHandler>();
        services.AddSingleton<SearchHandler>();
        services.AddOaiPmh(configuration);
        services.AddGoSaferResearchApi();

        services.AddHostedService<HubStartup>();
        services.AddIndexingHostedServices(configuration);

        services.Configure<JsonOptions>(o => HubJson.Configure(o.SerializerOptions));
        services.AddProblemDetails();
        InstrumentedIndexRequestQueue.Decorate(services);
        return services;
    }
}
