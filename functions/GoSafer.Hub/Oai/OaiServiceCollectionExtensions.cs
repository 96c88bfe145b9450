using GoSafer.Hub.Oai.Formats;
using GoSafer.Hub.Oai.Verbs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Oai;

public static class OaiServiceCollectionExtensions
{
    /// <summary>The OAI-PMH endpoint: options, formats, sets and the six verbs.</summary>
    public static IServiceCollection AddOaiPmh(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OaiOptions>()
            .Bind(configuration.GetSection(OaiOptions.Section))
            .Validate(o => o.PageSize > 0, "GoSafer:Oai:PageSize must be positive")
            .Validate(o => System.Text.RegularExpressions.Regex.IsMatch(o.RepositoryIdentifier, @"^[a-zA-Z][a-zA-Z0-9\-]*(\.[a-zA-Z][a-zA-Z0-9\-]*)+$"),
                "GoSafer:Oai:RepositoryIdentifier must be a domain name (the oai-identifier scheme)")
            .ValidateOnStart();
        services.AddSingleton<OaiSets>();
        services.AddSingleton<OaiIdentifiers>();
        services.AddSingleton<OaiCatalog>();
        services.AddSingleton<IOaiMetadataFormat, DublinCoreFormat>();
        services.AddSingleton<IOaiMetadataFormat, LrmiFormat>();
        services.AddSingleton<OaiFormats>();
        services.AddSingleton<IOaiVerb, IdentifyVerb>();
        services.AddSingleton<IOaiVerb, ListMetadataFormatsVerb>();
        services.AddSingleton<IOaiVerb, ListSetsVerb>();
        services.AddSingleton<IOaiVerb, GetRecordVerb>();
        foreach (var verb in new[] { OaiVerbs.ListIdentifiers, OaiVerbs.ListRecords })
        {
            services.AddSingleton<IOaiVerb>(sp => ActivatorUtilities.CreateInstance<ListVerb>(sp, verb));
        }

        services.AddSingleton<OaiHandler>();
        return services;
    }
}
