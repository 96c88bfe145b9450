using System.Collections.Frozen;
using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Hub.Validation;

/// <summary>The field-level rules shared by the resource and nomination contracts.</summary>
public static partial class FieldRules
{
    public const int MaxUrlLength = 2048;
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;

    /// <summary>Accepts only absolute http/https URLs with a host and no embedded credentials.</summary>
    public static string? Url(JsonObjectReader reader, string name, bool required)
    {
        var text = reader.Text(name, required, 1, MaxUrlLength);
        if (text is null)
        {
            return null;
        }

        var error = UrlError(text);
        if (error is not null)
        {
            reader.Errors.Add(reader.PathOf(name), error);
            return null;
        }

        return text;
    }

    public static string? UrlError(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return "must be an absolute http:// or https:// URL";
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return $"must use http or https; the scheme '{uri.Scheme}' is refused";
        }

        return uri.UserInfo.Length > 0 ? "must not contain a user name or password" : null;
    }

    public static string? Email(JsonObjectReader reader, string name)
    {
        var text = reader.Text(name, required: true, 3, MaxEmailLength);
        if (text is null)
        {
            return null;
        }

        if (!IsEmail(text))
        {
            reader.Errors.Add(reader.PathOf(name), "must be an e-mail address such as name@example.org");
            return null;
        }

        return text;
    }

    private static bool IsEmail(string text) =>
        EmailShape().IsMatch(text)
        && MailAddress.TryCreate(text, out var address)
        && string.Equals(address.Address, text, StringComparison.Ordinal);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailShape();

    /// <summary>ISO 639-1 codes; BCP 47 tags ("fr-CA", "zh-Hans") are accepted and reduced to them.</summary>
    public static (string?, string?) Language(string tag)
    {
        var primary = LanguageTags.Primary(tag);
        return primary is not null && LanguageTags.IsIso6391(primary)
            ? (primary, null)
            : (null, $"'{tag}' is not an ISO 639-1 language code or BCP 47 tag (e.g. \"fr\", \"ar\", \"zh-Hans\")");
    }

    /// <summary>ISO 3166-1 alpha-2 country codes, upper-cased.</summary>
    public static (string?, string?) Country(string code)
    {
        var upper = code.ToUpperInvariant();
        return Countries.Contains(upper)
            ? (upper, null)
            : (null, $"'{code}' is not an ISO 3166-1 alpha-2 country code (e.g. \"AM\", \"FR\", \"KE\")");
    }

    /// <summary>A taxonomy ID check whose error lists the valid IDs.</summary>
    public static Func<string, (string?, string?)> TaxonomyId(HubTaxonomy taxonomy, string facet) => id =>
        taxonomy.IsKnown(facet, id)
            ? (id, null)
            : (null, $"'{id}' is not a known {facet} ID; valid: {string.Join(", ", taxonomy.Ids(facet))}");

    public static string? TaxonomyValue(JsonObjectReader reader, string name, HubTaxonomy taxonomy, string facet, bool required)
    {
        var value = reader.Text(name, required, 1, 100);
        if (value is null)
        {
            return null;
        }

        var (id, error) = TaxonomyId(taxonomy, facet)(value);
        if (error is not null)
        {
            reader.Errors.Add(reader.PathOf(name), error);
        }

        return id;
    }

    public static DateOnly? Date(JsonObjectReader reader, string name)
    {
        var text = reader.Text(name, required: false, 1, 10);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            reader.Errors.Add(reader.PathOf(name), "must be a date written yyyy-MM-dd");
            return null;
        }

        return date;
    }

    // ICU knows every ISO 3166-1 region; RegionInfo refuses unknown codes.
    private static readonly FrozenSet<string> Countries = BuildCountries();

    private static FrozenSet<string> BuildCountries()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var a = 'A'; a <= 'Z'; a++)
        {
            for (var b = 'A'; b <= 'Z'; b++)
            {
                var code = $"{a}{b}";
                try
                {
                    var region = new RegionInfo(code);
                    if (region.TwoLetterISORegionName == code && region.ThreeLetterISORegionName.Length == 3
                        && region.ThreeLetterISORegionName != "ZZZ")
                    {
                        codes.Add(code);
                    }
                }
                catch (ArgumentException)
                {
                    // not a region
                }
            }
        }

        return codes.ToFrozenSet(StringComparer.Ordinal);
    }
}
