using System.Collections.Frozen;
using System.Globalization;

namespace GoSafer.Indexer.Taxonomy;

/// <summary>Normalises BCP 47 tags ("fr-CA", "zh-Hans-CN", "EN") to ISO 639-1 codes ("fr", "zh", "en").</summary>
public static class LanguageTags
{
    /// <summary>The lower-case primary subtag when it is a two-letter ISO 639-1 code; null otherwise.</summary>
    public static string? Primary(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var trimmed = tag.Trim();
        var end = trimmed.IndexOfAny(['-', '_']);
        var primary = (end < 0 ? trimmed : trimmed[..end]).ToLowerInvariant();
        if (end == 0 || end == trimmed.Length - 1)
        {
            return null;
        }

        return primary.Length == 2 && primary.All(c => c is >= 'a' and <= 'z') ? primary : null;
    }

    /// <summary>True when the tag's primary subtag is a known ISO 639-1 language.</summary>
    public static bool IsIso6391(string code) => Iso6391.Contains(code);

    // ICU's neutral cultures whose name is a two-letter code are exactly the ISO 639-1 languages it knows.
    private static readonly FrozenSet<string> Iso6391 = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Where(c => c.Name.Length == 2)
        .Select(c => c.Name)
        .ToFrozenSet(StringComparer.Ordinal);
}
