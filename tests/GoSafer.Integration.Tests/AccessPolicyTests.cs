using System.Net;
using System.Net.Http.Headers;
using GoSafer.Hub.Access;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GoSafer.Integration.Tests;

/// <summary>Every route × every role: a route without a policy, or with the wrong one, fails here.</summary>
[Collection(HubHostCollection.Name)]
public sealed class AccessPolicyTests(HubHost host)
{
    private IReadOnlyList<(string Method, string Route, AccessPolicy? Policy)> ApiEndpoints() =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (m, e.RoutePattern.RawText!, e.Metadata.GetMetadata<AccessPolicyMetadata>()?.Policy)))
            .ToList();

    [Fact]
    public void Every_api_route_declares_an_access_policy()
    {
        var endpoints = ApiEndpoints();
        Assert.True(endpoints.Count >= 18, $"only {endpoints.Count} API routes found");
        Assert.All(endpoints, e => Assert.True(e.Policy is not null, $"{e.Method} {e.Route} has no access policy"));
        Assert.Contains(endpoints, e => e.Route == "/api/review/audit/verify" && e.Policy == AccessPolicy.Admin);
        Assert.Contains(endpoints, e => e.Route == "/api/review/me" && e.Policy == AccessPolicy.Reviewer);
        Assert.Contains(endpoints, e => e.Method == "GET" && e.Route == "/api/oai" && e.Policy == AccessPolicy.Public);
        Assert.Contains(endpoints, e => e.Method == "POST" && e.Route == "/api/oai" && e.Policy == AccessPolicy.Public);
        Assert.Contains(endpoints, e => e.Route == "/api/oai/lrmi.xsd" && e.Policy == AccessPolicy.Public);
        Assert.All(new[] { "/api/evidence", "/api/evidence/context.jsonld", "/api/evidence/datasets", "/api/evidence/datasets/{date}", "/api/stats/gaps", "/api/openapi.json" },
            route => Assert.Contains(endpoints, e => e.Route == route && e.Policy == AccessPolicy.Public));
    }

    public static TheoryData<string> Callers => new() { "anonymous", "forged", "rita", "ada" };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Every_route_answers_each_role_as_its_policy_says(string caller)
    {
        var role = caller switch { "rita" => HubRoles.Reviewer, "ada" => HubRoles.Admin, _ => null };
        foreach (var (method, route, policy) in ApiEndpoints())
        {
            var url = route.Replace("{id}", "res_nosuchthing234", StringComparison.Ordinal);
            url = url.Replace("{date}", "2000-01-01", StringComparison.Ordinal);
            using var request = caller is "rita" or "ada"
                ? HubHost.As(caller, new HttpMethod(method), url)
                : new HttpRequestMessage(new HttpMethod(method), url);
            if (caller == "forged")
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", "guessed-key");
                request.Headers.Add("X-MS-CLIENT-PRINCIPAL", Convert.ToBase64String("{\"claims\":[{\"typ\":\"roles\",\"val\":\"admin\"},{\"typ\":\"name\",\"val\":\"mallory\"}]}"u8.ToArray()));
            }

            if (method == "POST")
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }

            using var response = await host.Client.SendAsync(request);
            var status = response.StatusCode;
            var expected = HubRoles.Satisfies(role, policy!.Value) ? "allowed" : role is null ? "401" : "403";
            var actual = status switch
            {
                HttpStatusCode.Unauthorized => "401",
                HttpStatusCode.Forbidden => "403",
                _ when (int)status < 500 => "allowed",
                _ => $"{(int)status}",
            };
            Assert.True(expected == actual, $"{caller} {method} {url}: expected {expected}, got {(int)status}");
        }
    }

    [Theory]
    [InlineData("rita", "reviewer")]
    [InlineData("ada", "admin")]
    public async Task Me_names_the_signed_in_member_with_role_and_quorum(string name, string role)
    {
        using var request = HubHost.As(name, HttpMethod.Get, "/api/review/me");
        using var response = await host.Client.SendAsync(request);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(name, body["name"]!.GetValue<string>());
        Assert.Equal(role, body["role"]!.GetValue<string>());
        Assert.Equal(2, body["nominationQuorum"]!.GetValue<int>());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }
}
