using GoSafer.Hub.Access;
using GoSafer.Hub.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GoSafer.Hub.OpenApi;

/// <summary>
/// The route table as <see cref="HubRoutes.MapGoSaferApi"/> declares it, read by mapping the routes
/// onto a private endpoint builder: both hosts (the local host and the Functions worker, which
/// does not map these routes itself) describe exactly the routes the local host serves.
/// </summary>
public static class ApiRouteTable
{
    public static IReadOnlyList<ApiRoute> Read(IServiceProvider services)
    {
        var builder = new DetachedRouteBuilder(services);
        builder.MapGoSaferApi();
        return builder.DataSources
            .SelectMany(d => d.Endpoints)
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => new ApiRoute(m, e.RoutePattern.RawText!, e.Metadata.GetMetadata<AccessPolicyMetadata>()?.Policy
                    ?? throw new InvalidOperationException($"{m} {e.RoutePattern.RawText} declares no access policy"))))
            .ToList();
    }

    private sealed class DetachedRouteBuilder(IServiceProvider services) : IEndpointRouteBuilder
    {
        public IServiceProvider ServiceProvider => services;

        public ICollection<EndpointDataSource> DataSources { get; } = [];

        public IApplicationBuilder CreateApplicationBuilder() => new ApplicationBuilder(services);
    }
}
