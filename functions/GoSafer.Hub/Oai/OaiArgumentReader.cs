using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace GoSafer.Hub.Oai;

/// <summary>
/// Reads the raw arguments of a GET (query string) or POST (<c>application/x-www-form-urlencoded</c>
/// body) request, keeping their order, case and repetitions: the protocol's names are
/// case-sensitive and a repeated argument is an error, both of which the framework's collections hide.
/// </summary>
public static class OaiArgumentReader
{
    /// <summary>Real OAI-PMH arguments fit in a few hundred bytes; larger bodies are not read.</summary>
    public const int MaxFormBytes = 16 * 1024;

    public static async Task<IReadOnlyList<KeyValuePair<string, string>>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return Parse(request.QueryString.Value);
        }

        if (!request.HasFormContentType || request.ContentLength > MaxFormBytes)
        {
            return [];
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxFormBytes + 1];
        var read = 0;
        while (read < buffer.Length && await reader.ReadAsync(buffer.AsMemory(read), cancellationToken) is var n and > 0)
        {
            read += n;
        }

        return read > MaxFormBytes ? [] : Parse(new string(buffer, 0, read));
    }

    private static List<KeyValuePair<string, string>> Parse(string? encoded)
    {
        var arguments = new List<KeyValuePair<string, string>>();
        foreach (var pair in new QueryStringEnumerable(encoded))
        {
            arguments.Add(new(pair.DecodeName().ToString(), pair.DecodeValue().ToString()));
        }

        return arguments;
    }
}
