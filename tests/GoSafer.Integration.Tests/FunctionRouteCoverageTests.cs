using System.Reflection;
using GoSafer.Functions;
using GoSafer.Hub.Access;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace GoSafer.Integration.Tests;

/// <summary>Every public and board route of the local host has an HTTP-triggered function with the same method and route, and no function serves a route the local host lacks.</summary>
[Collection(HubHostCollection.Name)]
public sealed class FunctionRouteCoverageTests(HubHost host)
{
    private static string Normalise(string method, string route) =>
        $"{method.ToUpperInvariant()} /{route.Trim('/').ToLowerInvariant()}";

    private HashSet<string> HostRoutes() =>
    [
        .. host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<AccessPolicyMetadata>() is not null)
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods
                .Select(m => Normalise(m, e.RoutePattern.RawText!))),
    ];

    private static HashSet<string> FunctionRoutes() =>
    [
        .. typeof(PublicApiFunctions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null)
            .SelectMany(m => m.GetParameters())
            .Select(p => p.GetCustomAttribute<HttpTriggerAttribute>())
            .OfType<HttpTriggerAttribute>()
            .SelectMany(t => t.Methods!.Select(method => Normalise(method, "api/" + t.Route))),
    ];

    [Fact]
    public void Every_local_host_route_has_a_function_and_every_http_function_a_local_route()
    {
        var hostRoutes = HostRoutes();
        var functionRoutes = FunctionRoutes();
        Assert.NotEmpty(hostRoutes);
        Assert.Empty(hostRoutes.Except(functionRoutes));
        Assert.Empty(functionRoutes.Except(hostRoutes));
    }
}
