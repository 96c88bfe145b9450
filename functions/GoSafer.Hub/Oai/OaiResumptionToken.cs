using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace GoSafer.Hub.Oai;

/// <summary>
/// Stateless resumption tokens: the query and the position (the last identifier sent, items sent
/// so far, the list size counted on the first page) in one opaque base64url string. The server keeps
/// nothing, so a token never expires and survives restarts and scale-out; it only holds what the
/// harvester could have asked for itself, so a forged token reveals nothing.
/// </summary>
public static class OaiResumptionToken
{
    private const string Version = "1";
    private const char Separator = '|';

    public static string Encode(OaiListQuery query) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator,
        Version,
        query.MetadataPrefix,
        query.Set ?? "",
        Seconds(query.From),
        Seconds(query.Until),
        query.AfterId ?? "",
        query.Cursor.ToString(CultureInfo.InvariantCulture),
        query.CompleteListSize?.ToString(CultureInfo.InvariantCulture) ?? "")));

    public static OaiListQuery? TryDecode(string token)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            return null;
        }

        var parts = text.Split(Separator);
        if (parts.Length != 8 || parts[0] != Version || parts[1].Length == 0 || parts[5].Length == 0
            || !TryInstant(parts[3], out var from) || !TryInstant(parts[4], out var until)
            || !int.TryParse(parts[6], NumberStyles.None, CultureInfo.InvariantCulture, out var cursor)
            || !int.TryParse(parts[7], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            || (parts[2].Length > 0 && !OaiSetSpec.IsWellFormed(parts[2])))
        {
            return null;
        }

        return new OaiListQuery(parts[1], parts[2].Length == 0 ? null : parts[2], from, until, parts[5], cursor, size);
    }

    private static string Seconds(DateTimeOffset? instant) =>
        instant?.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) ?? "";

    private static bool TryInstant(string value, out DateTimeOffset? instant)
    {
        instant = null;
        if (value.Length == 0)
        {
            return true;
        }

        if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds)
            || seconds < -62135596800 || seconds > 253402300799)
        {
            return false;
        }

        instant = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }
}
