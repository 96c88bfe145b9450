using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.OpenApi;

/// <summary><c>GET /api/openapi.json</c>: the API description, built once from the route table.</summary>
public sealed class OpenApiHandler(IServiceProvider services, OpenApiDocumentBuilder builder)
{
    private byte[]? _document;

    public IResult Get() => TypedResults.Bytes(_document ??= Build(), "application/json");

    private byte[] Build()
    {
        var version = typeof(OpenApiHandler).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";
        var document = builder.Build(ApiRouteTable.Read(services), version);
        return System.Text.Encoding.UTF8.GetBytes(document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }
}
