using System.Text.RegularExpressions;

namespace GoSafer.Hub.Oai;

/// <summary>The setSpec syntax of the protocol: unreserved URI characters, ':' between hierarchy levels.</summary>
public static partial class OaiSetSpec
{
    public static bool IsWellFormed(string spec) => Pattern().IsMatch(spec);

    /// <summary>
    /// The set of a facet value: <c>lang:fr</c>, and for a harm its path, <c>harm:ocsea:grooming</c>
    /// (taxonomy IDs separate levels with '/', set specs with ':').
    /// </summary>
    public static string Of(string facet, string value) => $"{facet}:{value.Replace('/', ':')}";

    /// <summary>The facet and taxonomy value a set names; a facet's own set has no value.</summary>
    public static (string Facet, string? Value) Parse(string spec)
    {
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (spec, null) : (spec[..colon], spec[(colon + 1)..].Replace(':', '/'));
    }

    [GeneratedRegex(@"^[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
