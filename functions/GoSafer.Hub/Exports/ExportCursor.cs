using System.Security.Cryptography;
using System.Text;
using GoSafer.Hub.Publishing;
using Microsoft.AspNetCore.WebUtilities;

namespace GoSafer.Hub.Exports;

/// <summary>
/// The opaque cursor of paged JSON exports: the last ID served (pages are in ID order, so records
/// added or removed between pages never shift the others) bound to the filters it was issued for.
/// Clients must treat it as opaque; its layout may change with its version prefix.
/// </summary>
public static class ExportCursor
{
    private const string Version = "e1";

    public static string Encode(IReadOnlyDictionary<string, IReadOnlyList<string>> filters, string lastId) =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($"{Version}:{Fingerprint(filters)}:{lastId}"));

    /// <summary>The last ID of the previous page, or an error message for the <c>cursor</c> parameter.</summary>
    public static (string? LastId, string? Error) Decode(string cursor, IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(cursor));
        }
        catch (FormatException)
        {
            return (null, "is not a cursor issued by this API");
        }

        var parts = text.Split(':');
        if (parts.Length != 3 || parts[0] != Version || !PublishedResourceRepository.IsPublicId(parts[2]))
        {
            return (null, "is not a cursor issued by this API");
        }

        return parts[1] == Fingerprint(filters)
            ? (parts[2], null)
            : (null, "was issued for other filters; repeat the filters of the first page");
    }

    private static string Fingerprint(IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
    {
        var canonical = string.Join("&", filters
            .Where(f => f.Value.Count > 0)
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => $"{f.Key}={string.Join(",", f.Value.Order(StringComparer.Ordinal))}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..12];
    }
}
