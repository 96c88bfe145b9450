using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Http;

/// <summary>
/// Reads a JSON request body within a size limit. Malformed JSON, duplicate keys and oversize
/// bodies become problem results (400, 413, 415), never exceptions that would surface as 500.
/// </summary>
public static class JsonBody
{
    public static JsonDocumentOptions Options { get; } = new()
    {
        MaxDepth = 32,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    public static async Task<(JsonDocument? Document, IResult? Problem)> ReadAsync(
        HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
        {
            return (null, Problems.UnsupportedMediaType(request.ContentType));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, Problems.TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, Problems.TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, Problems.Validation("$", "the body is empty; send a JSON object"));
        }

        try
        {
            return (JsonDocument.Parse(buffer.ToArray(), Options), null);
        }
        catch (JsonException e)
        {
            return (null, Problems.Validation("$", $"the body is not valid JSON: {e.Message}"));
        }
    }

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        var mediaType = contentType.Split(';')[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }
}
