using System.Text;
using System.Text.Json.Nodes;
using GoSafer.Functions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GoSafer.Integration.Tests;

/// <summary>
/// The Functions host cannot run here, so its function classes are invoked directly with real
/// <see cref="HttpRequest"/> objects and the hub's DI wiring, and must answer as the HTTP host does.
/// </summary>
[Collection(HubHostCollection.Name)]
public sealed class FunctionParityTests(HubHost host)
{
    private PublicApiFunctions Functions => ActivatorUtilities.CreateInstance<PublicApiFunctions>(host.Services);

    private async Task<(int Status, string Body, string? ContentType)> InvokeAsync(
        Func<PublicApiFunctions, HttpRequest, Task<IActionResult>> call, string method, string pathAndQuery, string? json = null)
    {
        var answer = await FunctionInvoker.InvokeAsync(host, request => call(Functions, request), method, pathAndQuery, json);
        return (answer.Status, answer.Body, answer.ContentType);
    }

    private static string WithoutTraceId(string body) => FunctionInvoker.WithoutTraceId(body);

    private async Task<(int Status, string Body)> HttpGetAsync(string url)
    {
        using var response = await host.Client.GetAsync(url);
        return ((int)response.StatusCode, WithoutTraceId(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("/api/search?q=grooming&pageSize=5")]
    [InlineData("/api/search?harm=cyberbullying&sort=newest")]
    [InlineData("/api/search?page=0")]
    public async Task Search_function_answers_exactly_as_the_http_endpoint(string url)
    {
        var function = await InvokeAsync((f, r) => Task.FromResult(f.Search(r)), "GET", url);
        var http = await HttpGetAsync(url);
        Assert.Equal(http.Status, function.Status);
        Assert.Equal(http.Body, function.Body);
    }

    [Fact]
    public async Task Taxonomy_and_resource_functions_answer_as_the_http_endpoints()
    {
        var taxonomy = await InvokeAsync((f, r) => Task.FromResult(f.Taxonomy(r)), "GET", "/api/taxonomy?ui=ar");
        Assert.Equal((await HttpGetAsync("/api/taxonomy?ui=ar")).Body, taxonomy.Body);

        var id = (await host.GetJsonAsync("/api/search?pageSize=1"))["results"]![0]!["id"]!.GetValue<string>();
        var resource = await InvokeAsync((f, r) => f.GetResource(r, id), "GET", $"/api/resources/{id}");
        var http = await HttpGetAsync($"/api/resources/{id}");
        Assert.Equal((http.Status, http.Body), (resource.Status, resource.Body));

        var missing = await InvokeAsync((f, r) => f.GetResource(r, "nope"), "GET", "/api/resources/nope");
        Assert.Equal(404, missing.Status);
        Assert.Equal("application/problem+json", missing.ContentType);
    }

    [Fact]
    public async Task Submitting_through_the_function_stores_a_submission_the_http_host_reports()
    {
        var submitted = await InvokeAsync((f, r) => f.SubmitResource(r), "POST", "/api/resources", Samples.Resource().ToJsonString());
        Assert.Equal(202, submitted.Status);
        var accepted = JsonNode.Parse(submitted.Body)!;
        var id = accepted["id"]!.GetValue<string>();
        var statusUrl = accepted["statusUrl"]!.GetValue<string>();

        var viaHttp = await HttpGetAsync(statusUrl);
        var viaFunction = await InvokeAsync((f, r) => f.SubmissionStatus(r, id), "GET", statusUrl);
        Assert.Equal(200, viaHttp.Status);
        Assert.Equal((viaHttp.Status, viaHttp.Body), (viaFunction.Status, viaFunction.Body));
        Assert.Contains("\"pending\"", viaHttp.Body);
    }

    [Fact]
    public async Task A_bad_nomination_through_the_function_gets_the_same_problem_as_over_http()
    {
        var body = Samples.Nomination();
        body["consent"] = false;
        var function = await InvokeAsync((f, r) => f.SubmitNomination(r), "POST", "/api/nominations", body.ToJsonString());
        using var http = await host.Client.PostAsync("/api/nominations", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal((int)http.StatusCode, function.Status);
        Assert.Equal(400, function.Status);
        Assert.Equal(WithoutTraceId(await http.Content.ReadAsStringAsync()), function.Body);
    }

    [Fact]
    public async Task Health_function_reports_ok()
    {
        var health = await InvokeAsync((f, r) => f.Health(r), "GET", "/api/health");
        Assert.Equal(200, health.Status);
        Assert.Contains("\"ok\"", health.Body);
    }

    [Theory]
    [InlineData("rita")]
    [InlineData(null)]
    public async Task The_signed_in_member_function_answers_as_the_http_endpoint(string? caller)
    {
        var authorization = caller is null ? null : "ApiKey " + HubHost.BoardKeys.Single(k => k.Name == caller).Key;
        var function = await FunctionInvoker.InvokeAsync(
            host, request => ActivatorUtilities.CreateInstance<ReviewFunctions>(host.Services).SignedIn(request), "GET", "/api/review/me", authorization: authorization);

        using var request = caller is null ? new HttpRequestMessage(HttpMethod.Get, "/api/review/me") : HubHost.As(caller, HttpMethod.Get, "/api/review/me");
        using var http = await host.Client.SendAsync(request);
        Assert.Equal((int)http.StatusCode, function.Status);
        Assert.Equal(WithoutTraceId(await http.Content.ReadAsStringAsync()), function.Body);
        Assert.Equal(caller is null ? 401 : 200, function.Status);
    }
}
