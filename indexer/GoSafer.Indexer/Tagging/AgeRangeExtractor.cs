namespace GoSafer.Indexer.Tagging;

/// <summary>
/// Finds the ages a resource is for or about in its folded text (<see cref="TextNormalizer.Fold"/>).
/// Every age phrase is collected with its <see cref="AgeStatementKind"/>; only the most direct kind
/// present counts, and its statements are united (a text for "ages 9–12, with an extension for 13–14"
/// is for 9–14). Ranges are clamped to the catalog's 0..18; a statement entirely above 18 (about
/// adults) is ignored. Stateless and thread-safe: the regexes are source-generated and shared.
/// </summary>
public static class AgeRangeExtractor
{
    /// <summary>The age range stated in <paramref name="text"/> (any text; it is folded here), or null.</summary>
    public static AgeRange? Extract(string? text, string? language = null) =>
        ExtractFolded(TextNormalizer.Fold(text), language);

    /// <summary>
    /// As <see cref="Extract"/> for already folded text. <paramref name="language"/> (ISO 639-1) selects the
    /// stage and group words; null or another language tries those of all six UN languages.
    /// </summary>
    public static AgeRange? ExtractFolded(string folded, string? language)
    {
        if (folded.Length == 0)
        {
            return null;
        }

        var statements = new List<AgeStatement>();
        ExplicitAgePatterns.Collect(folded, statements);
        SchoolYearPatterns.Collect(folded, language is "en" or "fr" or "es" or "ru" or "zh" or "ar" ? language : null, statements);
        AgeWordPatterns.Collect(folded, language, statements);

        var best = AgeStatementKind.AgeGroupWord + 1;
        int min = int.MaxValue, max = int.MinValue;
        foreach (var s in statements)
        {
            if (s.Min > s.Max || s.Min > 18 || s.Max < 0 || s.Kind > best)
            {
                continue;
            }

            if (s.Kind < best)
            {
                best = s.Kind;
                min = int.MaxValue;
                max = int.MinValue;
            }

            min = Math.Min(min, s.Min);
            max = Math.Max(max, s.Max);
        }

        return min == int.MaxValue ? null : new AgeRange(Math.Max(0, min), Math.Min(18, max));
    }
}
