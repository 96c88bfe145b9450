using GoSafer.Hub.Exports.Datasets;
using GoSafer.Hub.OpenApi;
using GoSafer.Hub.Stats;
using Microsoft.Extensions.DependencyInjection;

namespace GoSafer.Hub.Exports;

public static class ResearchApiServiceCollectionExtensions
{
    /// <summary>The researcher-facing API: evidence exports, dataset snapshots, gap statistics and the API description.</summary>
    public static IServiceCollection AddGoSaferResearchApi(this IServiceCollection services)
    {
        services.AddSingleton<FacetSliceParser>();
        services.AddSingleton<ExportRequestParser>();
        services.AddSingleton<EvidenceCatalog>();
        services.AddSingleton<JsonLdEvidenceWriter>();
        services.AddSingleton<EvidenceStreamWriter>();
        services.AddSingleton<EvidenceExportHandler>();
        services.AddSingleton<DatasetSnapshots>();
        services.AddSingleton<DatasetHandler>();
        services.AddSingleton<GapStatsHandler>();
        services.AddSingleton<ApiOperations>();
        services.AddSingleton<OpenApiDocumentBuilder>();
        services.AddSingleton<OpenApiHandler>();
        return services;
    }
}
