namespace GoSafer.Benchmarks.Corpus;

/// <summary>The six UN languages the corpus is written in, and which of them share a resource.</summary>
internal static class Languages
{
    public const string Chinese = "zh";

    public static IReadOnlyList<string> All { get; } = ["ar", "zh", "en", "fr", "ru", "es"];

    /// <summary>
    /// The languages a resource in <paramref name="language"/> may be bilingual with. Chinese
    /// resources are monolingual: SmartCn reads Cyrillic, Arabic and accented Latin letters one by
    /// one and the other analyzers read Han text one character at a time, so in a bilingual Chinese
    /// resource a query word would match runs of letters across word boundaries, which no FTS5
    /// tokenizer reproduces (docs/benchmarks.md, "Behaviour the harness ran into").
    /// </summary>
    public static IReadOnlyList<string> PartnersOf(string language) =>
        language == Chinese ? [] : All.Where(l => l != language && l != Chinese).ToList();

    /// <summary>Scripts with letter case: sentences start with a capital there.</summary>
    public static bool HasCase(string language) => language is "en" or "fr" or "ru" or "es";

    public static string Capitalize(string language, string word) =>
        HasCase(language) && word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word;
}
