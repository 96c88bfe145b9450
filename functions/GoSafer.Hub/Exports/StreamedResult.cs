using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Exports;

/// <summary>
/// A response written straight to the body as it is produced (no buffering of the whole). The writer
/// may still add headers before its first write.
/// </summary>
public sealed class StreamedResult(string contentType, string? fileName, Func<HttpResponse, CancellationToken, Task> write) : IResult
{
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        if (fileName is not null)
        {
            response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        }

        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        await write(response, httpContext.RequestAborted);
    }
}
