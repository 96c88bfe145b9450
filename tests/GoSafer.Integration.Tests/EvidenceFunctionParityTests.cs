using System.Text;
using GoSafer.Functions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GoSafer.Integration.Tests;

/// <summary>The research functions, invoked directly with real requests, answer byte for byte as the HTTP host.</summary>
[Collection(HubHostCollection.Name)]
public sealed class EvidenceFunctionParityTests(HubHost host)
{
    public static TheoryData<string, string> Urls => new()
    {
        { "Evidence", "/api/evidence?harm=ocsea&limit=5" },
        { "Evidence", "/api/evidence?format=csv&lang=fr" },
        { "Evidence", "/api/evidence?format=ndjson&evidence=evaluated-effective" },
        { "Evidence", "/api/evidence?format=pdf" },
        { "EvidenceContext", "/api/evidence/context.jsonld" },
        { "StatsGaps", "/api/stats/gaps?format=csv" },
        { "OpenApi", "/api/openapi.json" },
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Research_functions_answer_exactly_as_the_http_endpoints(string function, string url)
    {
        var functions = ActivatorUtilities.CreateInstance<PublicApiFunctions>(host.Services);
        var context = new DefaultHttpContext { RequestServices = host.Services };
        var uri = new Uri(host.Client.BaseAddress!, url);
        context.Request.Method = "GET";
        context.Request.Scheme = uri.Scheme;
        context.Request.Host = new HostString(uri.Host, uri.Port);
        context.Request.Path = uri.AbsolutePath;
        context.Request.QueryString = new QueryString(uri.Query);
        var body = new MemoryStream();
        context.Response.Body = body;
        var result = function switch
        {
            "Evidence" => await functions.Evidence(context.Request),
            "EvidenceContext" => functions.EvidenceContext(context.Request),
            "StatsGaps" => functions.StatsGaps(context.Request),
            _ => functions.OpenApi(context.Request),
        };
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));

        using var http = await host.Client.GetAsync(url);
        Assert.Equal((int)http.StatusCode, context.Response.StatusCode);
        Assert.Equal(WithoutTraceId(await http.Content.ReadAsStringAsync()), WithoutTraceId(Encoding.UTF8.GetString(body.ToArray())));
    }

    private static string WithoutTraceId(string body) =>
        System.Text.RegularExpressions.Regex.Replace(body, ",\"traceId\":\"[^\"]*\"", "");
}
