using System.Text.Json.Nodes;
using GoSafer.Hub;
using GoSafer.Hub.Access;
using GoSafer.Hub.OpenApi;
using GoSafer.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GoSafer.Integration.Tests;

/// <summary><c>GET /api/openapi.json</c>: generated from the served route table and linted by a standard linter.</summary>
[Collection(HubHostCollection.Name)]
public sealed class OpenApiTests(HubHost host)
{
    [Fact]
    public async Task The_served_openapi_document_lints_with_zero_errors()
    {
        using var folder = new TempFolder("gosafer-openapi");
        var file = Path.Combine(folder.Path, "openapi.json");
        await File.WriteAllTextAsync(file, await host.Client.GetStringAsync("/api/openapi.json"));

        // Exit code 0 means no errors (warnings are reported but do not fail the lint).
        var output = await EvidenceNodeTools.RunAsync("", Path.Combine(EvidenceNodeTools.Folder, "node_modules", ".bin", "redocly"), "lint", file, "--format=json");
        var report = JsonNode.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..])!;
        Assert.Equal(0, report["totals"]!["errors"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_document_describes_every_served_api_route_with_its_access_policy()
    {
        var document = await host.GetJsonAsync("/api/openapi.json");
        Assert.StartsWith("3.1", document["openapi"]!.GetValue<string>());
        var described = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => (Key: $"{o.Key.ToUpperInvariant()} {p.Key}", Policy: o.Value!["x-access-policy"]!.GetValue<string>(), Security: o.Value["security"]!.AsArray().Count)))
            .ToList();
        var served = host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (Key: $"{m} {e.RoutePattern.RawText}", Policy: e.Metadata.GetMetadata<AccessPolicyMetadata>()!.Policy)))
            .ToList();

        Assert.Equal(served.Select(s => s.Key).Order(StringComparer.Ordinal), described.Select(d => d.Key).Order(StringComparer.Ordinal));
        foreach (var route in served)
        {
            var operation = described.Single(d => d.Key == route.Key);
            Assert.Equal(route.Policy.ToString().ToLowerInvariant(), operation.Policy);
            Assert.Equal(route.Policy == AccessPolicy.Public ? 0 : 2, operation.Security);
        }
    }

    [Fact]
    public async Task Facet_parameters_and_payload_schemas_come_from_the_code()
    {
        var document = await host.GetJsonAsync("/api/openapi.json");
        var taxonomy = await host.GetJsonAsync("/api/taxonomy");
        var evidence = document["paths"]!["/api/evidence"]!["get"]!;
        var harm = evidence["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "harm")!;
        Assert.Equal(
            taxonomy["harms"]!.AsArray().Select(h => h!["id"]!.GetValue<string>()),
            harm["schema"]!["items"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));

        var record = document["components"]!["schemas"]!["EvidencePage"]!.ToJsonString();
        foreach (var property in new[] { "\"items\"", "\"next\"", "\"publishedAt\"", "\"updatedAt\"", "\"ratings\"", "\"hubLevel\"", "\"lastChecked\"" })
        {
            Assert.Contains(property, record);
        }

        Assert.DoesNotContain("\"contact\"", document["components"]!["schemas"]!["PublishedResource"]!.ToJsonString());
    }

    /// <summary>
    /// The Functions worker maps no minimal-API routes, so the document must come out the same from a
    /// container that only holds the hub's services.
    /// </summary>
    [Fact]
    public void The_route_table_is_read_the_same_without_the_local_host()
    {
        using var data = new TempFolder("gosafer-routes");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["GoSafer:DataPath"] = data.Path })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddGoSaferHub(configuration).BuildServiceProvider();
        var detached = ApiRouteTable.Read(services).Select(r => r.Key).Order(StringComparer.Ordinal);
        var hosted = ApiRouteTable.Read(host.Services).Select(r => r.Key).Order(StringComparer.Ordinal);
        Assert.Equal(hosted, detached);
        Assert.Contains("GET /api/evidence", detached);
    }
}
