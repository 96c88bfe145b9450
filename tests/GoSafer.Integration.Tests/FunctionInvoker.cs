using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace GoSafer.Integration.Tests;

/// <summary>
/// The Functions host cannot run here, so function methods are called with a real
/// <see cref="HttpRequest"/> (addressed like the HTTP host, so absolute links agree) on the hub's
/// DI wiring, and their result is executed as ASP.NET Core would.
/// </summary>
public static partial class FunctionInvoker
{
    public sealed record Answer(int Status, string Body, string? ContentType);

    public static async Task<Answer> InvokeAsync(
        HubHost host, Func<HttpRequest, Task<IActionResult>> call, string method, string pathAndQuery, string? json = null, string? authorization = null)
    {
        var context = new DefaultHttpContext { RequestServices = host.Services };
        var uri = new Uri(host.Client.BaseAddress!, pathAndQuery);
        context.Request.Method = method;
        context.Request.Scheme = uri.Scheme;
        context.Request.Host = new HostString(uri.Host, uri.Port);
        context.Request.Path = uri.AbsolutePath;
        context.Request.QueryString = new QueryString(uri.Query);
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }

        if (json is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            context.Request.ContentType = "application/json";
            context.Request.ContentLength = bytes.Length;
            context.Request.Body = new MemoryStream(bytes);
        }

        var responseBody = new MemoryStream();
        context.Response.Body = responseBody;
        var result = await call(context.Request);
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        return new Answer(context.Response.StatusCode, WithoutTraceId(Encoding.UTF8.GetString(responseBody.ToArray())), context.Response.ContentType);
    }

    /// <summary>Problem details carry the request's trace ID, which differs between any two requests.</summary>
    public static string WithoutTraceId(string body) => TraceId().Replace(body, "");

    [GeneratedRegex(",\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();
}
