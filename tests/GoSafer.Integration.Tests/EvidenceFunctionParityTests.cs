using GoSafer.Functions;
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
        var answer = await FunctionInvoker.InvokeAsync(host, async request => function switch
        {
            "Evidence" => await functions.Evidence(request),
            "EvidenceContext" => functions.EvidenceContext(request),
            "StatsGaps" => functions.StatsGaps(request),
            _ => functions.OpenApi(request),
        }, "GET", url);

        using var http = await host.Client.GetAsync(url);
        Assert.Equal((int)http.StatusCode, answer.Status);
        Assert.Equal(FunctionInvoker.WithoutTraceId(await http.Content.ReadAsStringAsync()), answer.Body);
    }
}
