using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace GoSafer.Integration.Tests;

/// <summary>Element-by-element checks of the OAI-PMH response structure (protocol section 3.2).</summary>
public static partial class OaiAssert
{
    private static readonly XNamespace Oai = OaiHost.Oai;

    /// <summary>
    /// Checks root, responseDate and the request echo (its attributes exactly <paramref name="echo"/>),
    /// then returns what follows them: the one verb element, or the error elements.
    /// </summary>
    public static IReadOnlyList<XElement> Envelope(XDocument document, string baseUrl, IReadOnlyDictionary<string, string> echo)
    {
        var root = document.Root!;
        Assert.Equal(Oai + "OAI-PMH", root.Name);
        var children = root.Elements().ToList();
        Assert.True(children.Count >= 3, $"only {children.Count} children under OAI-PMH");
        Assert.Equal(Oai + "responseDate", children[0].Name);
        UtcSeconds(children[0].Value);
        Assert.Equal(Oai + "request", children[1].Name);
        Assert.Equal(baseUrl, children[1].Value);
        var attributes = children[1].Attributes().Where(a => !a.IsNamespaceDeclaration)
            .ToDictionary(a => a.Name.LocalName, a => a.Value);
        Assert.Equal(echo.OrderBy(a => a.Key), attributes.OrderBy(a => a.Key));
        return children.Skip(2).ToList();
    }

    /// <summary>The verb element of a successful response.</summary>
    public static XElement Verb(XDocument document, string baseUrl, string verb, IReadOnlyDictionary<string, string> echo)
    {
        var rest = Envelope(document, baseUrl, echo);
        Assert.Single(rest);
        Assert.Equal(Oai + verb, rest[0].Name);
        return rest[0];
    }

    /// <summary>The error codes of an error response (errors are the only content after the request).</summary>
    public static IReadOnlyList<string> Errors(XDocument document, string baseUrl, IReadOnlyDictionary<string, string> echo)
    {
        var rest = Envelope(document, baseUrl, echo);
        Assert.All(rest, e => Assert.Equal(Oai + "error", e.Name));
        Assert.All(rest, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), "an error without a message"));
        return rest.Select(e => e.Attribute("code")!.Value).ToList();
    }

    /// <summary>A header: its identifier, UTC datestamp and set memberships.</summary>
    public static (string Identifier, DateTimeOffset Datestamp, IReadOnlyList<string> Sets) Header(XElement header)
    {
        Assert.Equal(Oai + "header", header.Name);
        Assert.Null(header.Attribute("status"));
        var children = header.Elements().ToList();
        Assert.Equal(Oai + "identifier", children[0].Name);
        Assert.StartsWith("oai:gosafer.example.org:", children[0].Value, StringComparison.Ordinal);
        Assert.Equal(Oai + "datestamp", children[1].Name);
        Assert.All(children.Skip(2), c => Assert.Equal(Oai + "setSpec", c.Name));
        return (children[0].Value, UtcSeconds(children[1].Value), children.Skip(2).Select(c => c.Value).ToList());
    }

    /// <summary>A datestamp in the repository's granularity, which must be UTC ("Z").</summary>
    public static DateTimeOffset UtcSeconds(string value)
    {
        Assert.Matches(SecondsPattern(), value);
        return DateTimeOffset.ParseExact(value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }

    public static IReadOnlyDictionary<string, string> Echo(string query) =>
        query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""));

    /// <summary>Two answers to the same request differ only in their responseDate.</summary>
    public static string WithoutResponseDate(string xml) => ResponseDate().Replace(xml, "");

    [GeneratedRegex("<responseDate>[^<]*</responseDate>")]
    private static partial Regex ResponseDate();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")]
    private static partial Regex SecondsPattern();
}
