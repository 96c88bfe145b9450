using System.Text;
using GoSafer.Functions;
using GoSafer.Hub.Oai;
using GoSafer.Hub.Oai.Verbs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GoSafer.Integration.Tests;

/// <summary>
/// The OAI-PMH function answers as the HTTP host does, and a repository configured without sets
/// answers with noSetHierarchy (the shared hosts keep sets on).
/// </summary>
[Collection(OaiHostCollection.Name)]
public sealed class OaiFunctionTests(OaiHost host)
{
    private DefaultHttpContext Context(string method, string query, string? form = null)
    {
        var context = new DefaultHttpContext { RequestServices = host.Services };
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString(new Uri(host.BaseUrl).Authority);
        context.Request.Path = "/api/oai";
        context.Request.QueryString = new QueryString(query);
        if (form is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(form);
            context.Request.ContentType = "application/x-www-form-urlencoded";
            context.Request.ContentLength = bytes.Length;
            context.Request.Body = new MemoryStream(bytes);
        }

        context.Response.Body = new MemoryStream();
        return context;
    }

    private static string Body(HttpContext context) => Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());

    [Theory]
    [InlineData("GET", "?verb=ListRecords&metadataPrefix=lrmi&set=harm:ocsea:grooming&until=2030-01-01", null)]
    [InlineData("POST", "", "verb=GetRecord&identifier=oai:gosafer.example.org:demo-001&metadataPrefix=oai_dc")]
    [InlineData("GET", "?verb=ListSets&resumptionToken=x", null)]
    public async Task The_oai_function_answers_exactly_as_the_http_endpoint(string method, string query, string? form)
    {
        var functions = ActivatorUtilities.CreateInstance<PublicApiFunctions>(host.Services);
        var context = Context(method, query, form);
        var result = await functions.Oai(context.Request);
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));

        using var http = method == "GET"
            ? await host.Client.GetAsync($"/api/oai{query}")
            : await host.Client.PostAsync("/api/oai", new StringContent(form!, Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal(http.Content.Headers.ContentType!.ToString(), context.Response.ContentType);
        OaiHost.Validate(Body(context));
        Assert.Equal(OaiAssert.WithoutResponseDate(await http.Content.ReadAsStringAsync()), OaiAssert.WithoutResponseDate(Body(context)));
    }

    [Theory]
    [InlineData("?verb=ListSets")]
    [InlineData("?verb=ListIdentifiers&metadataPrefix=oai_dc&set=lang:fr")]
    public async Task Without_sets_the_repository_answers_noSetHierarchy_and_lists_no_set_membership(string query)
    {
        var options = Options.Create(new OaiOptions { Sets = false, PageSize = OaiHost.PageSize });
        var catalog = ActivatorUtilities.CreateInstance<OaiCatalog>(host.Services, options);
        IOaiVerb[] verbs =
        [
            ActivatorUtilities.CreateInstance<ListSetsVerb>(host.Services, options),
            ActivatorUtilities.CreateInstance<ListVerb>(host.Services, OaiVerbs.ListIdentifiers, catalog, options),
        ];
        var handler = new OaiHandler(verbs, TimeProvider.System);

        var context = Context("GET", query);
        await (await handler.HandleAsync(context.Request, default)).ExecuteAsync(context);
        var errors = OaiAssert.Errors(OaiHost.Validate(Body(context)), host.BaseUrl, OaiAssert.Echo(query.TrimStart('?')));
        Assert.Equal(["noSetHierarchy"], errors);

        var list = Context("GET", "?verb=ListIdentifiers&metadataPrefix=oai_dc");
        await (await handler.HandleAsync(list.Request, default)).ExecuteAsync(list);
        var headers = OaiAssert.Verb(OaiHost.Validate(Body(list)), host.BaseUrl, "ListIdentifiers", OaiAssert.Echo("verb=ListIdentifiers&metadataPrefix=oai_dc"))
            .Elements(OaiHost.Oai + "header").Select(OaiAssert.Header).ToList();
        Assert.Equal(OaiHost.PageSize, headers.Count);
        Assert.All(headers, h => Assert.Empty(h.Sets));
    }
}
