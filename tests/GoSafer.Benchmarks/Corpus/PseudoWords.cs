namespace GoSafer.Benchmarks.Corpus;

/// <summary>
/// Pronounceable invented words in the spelling habits of a language, for the long tail of the
/// vocabulary: the hub's sample resources give a few hundred real words per language, a catalog of
/// 100,000 resources has tens of thousands. Their length, script, accents and endings (which the
/// stemmers act on) follow the language; <see cref="Vocabulary"/> then keeps only the words every
/// analyzer reads as a word of their own. Chinese needs none: its list is real dictionary words.
/// </summary>
internal static class PseudoWords
{
    /// <param name="Accents">Each vowel that takes an accent and its accented forms: at most one per word, with <paramref name="AccentChance"/>.</param>
    private sealed record Spelling(
        string[] Onsets, string[] Nuclei, string[] Codas, string[] Endings, double[] SyllableWeights, Dictionary<char, string>? Accents = null, double AccentChance = 0);

    private static readonly Dictionary<string, Spelling> Spellings = new(StringComparer.Ordinal)
    {
        ["en"] = new(
            ["b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "cl", "cr", "dr", "fr", "gl", "gr", "pl", "pr", "sc", "sl", "sp", "st", "str", "tr", "th", "sh", "ch", "qu"],
            ["a", "e", "i", "o", "u", "ai", "ea", "ee", "oa", "ou", "oo"],
            ["", "", "", "n", "r", "s", "t", "l", "m", "nd", "nt", "st", "rd", "ck", "sh", "ng", "mp", "lt"],
            ["", "", "", "", "er", "ing", "ment", "ness", "tion", "ity", "able", "al", "ist", "ure", "ance", "ive", "ous", "ship"],
            [0.2, 0.5, 0.3]),
        ["fr"] = new(
            ["b", "c", "d", "f", "g", "j", "l", "m", "n", "p", "r", "s", "t", "v", "ch", "br", "cr", "dr", "fr", "gr", "pl", "pr", "tr", "qu", "gu"],
            ["a", "e", "i", "o", "u", "e", "ou", "au", "ai", "eu", "oi", "an", "on", "in", "en"],
            ["", "", "", "", "r", "l", "s", "n", "c"],
            ["", "", "", "ement", "tion", "age", "eur", "euse", "ique", "iste", "ité", "oir", "ure", "ance", "ette", "ier", "ière", "ée", "isme"],
            [0.2, 0.5, 0.3],
            new() { ['e'] = "éééè", ['a'] = "â", ['i'] = "î" }, 0.4),
        ["es"] = new(
            ["b", "c", "d", "f", "g", "j", "l", "m", "n", "p", "r", "s", "t", "v", "b", "c", "d", "l", "m", "p", "r", "s", "t", "ch", "ll", "ñ", "br", "cr", "dr", "fr", "gr", "pl", "pr", "tr", "qu"],
            ["a", "e", "i", "o", "u", "a", "e", "o", "ia", "ie", "ue", "io"],
            ["", "", "", "", "n", "r", "s", "l"],
            ["", "", "", "ción", "dad", "miento", "ero", "era", "ista", "oso", "osa", "ante", "able", "ado", "ada", "ismo", "ario"],
            [0.15, 0.5, 0.35],
            new() { ['a'] = "á", ['e'] = "é", ['i'] = "í", ['o'] = "ó", ['u'] = "ú" }, 0.2),
        ["ru"] = new(
            ["б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф", "х", "ц", "ч", "ш", "щ", "бр", "вл", "гр", "др", "кр", "пр", "ст", "тр", "сп", "зв"],
            ["а", "е", "и", "о", "у", "ы", "я", "ю"],
            ["", "", "", "", "н", "р", "л", "с", "т", "к", "й"],
            ["", "", "ость", "ание", "ение", "ник", "ский", "ство", "тель", "ка", "ица", "ова", "ный", "ция", "ить"],
            [0.15, 0.5, 0.35]),
    };

    // Arabic words are a three-consonant root poured into a pattern (1, 2, 3 stand for the root).
    private static readonly string[] ArabicConsonants =
        ["ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط", "ظ", "ع", "غ", "ف", "ق", "ك", "ل", "م", "ن", "ه", "و", "ي"];

    private static readonly string[] ArabicPatterns =
        ["123", "1ا23", "12ا3", "12ي3", "م123", "م12و3", "ت12ي3", "123ة", "م123ة", "ا123", "است12ا3", "ت1ا23", "12ا3ات", "م1ا23", "1و23", "مت12ي3", "ان12ا3", "1ع23ي"];

    /// <summary>An endless, deterministic sequence of candidate words of <paramref name="language"/>.</summary>
    public static IEnumerable<string> Candidates(string language)
    {
        var rng = new Rng(0x60_5AFE, Rng.StreamOf("pseudo-" + language));
        while (true)
        {
            yield return language == "ar" ? Arabic(rng) : Word(rng, Spellings[language]);
        }
    }

    private static string Word(Rng rng, Spelling spelling)
    {
        var syllables = 1 + rng.Weighted(spelling.SyllableWeights);
        var word = new System.Text.StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            word.Append(rng.Pick(spelling.Onsets)).Append(rng.Pick(spelling.Nuclei));
            if (i == syllables - 1 || rng.Chance(0.3))
            {
                word.Append(rng.Pick(spelling.Codas));
            }
        }

        if (spelling.Accents is { } accents && rng.Chance(spelling.AccentChance))
        {
            var vowels = Enumerable.Range(0, word.Length).Where(i => accents.ContainsKey(word[i])).ToList();
            if (vowels.Count > 0)
            {
                var at = rng.Pick(vowels);
                word[at] = rng.Pick(accents[word[at]].ToCharArray());
            }
        }

        return word.Append(rng.Pick(spelling.Endings)).ToString();
    }

    private static string Arabic(Rng rng)
    {
        var root = new[] { rng.Pick(ArabicConsonants), rng.Pick(ArabicConsonants), rng.Pick(ArabicConsonants) };
        var word = new System.Text.StringBuilder();
        foreach (var c in rng.Pick(ArabicPatterns))
        {
            word.Append(c is >= '1' and <= '3' ? root[c - '1'] : c.ToString());
        }

        return word.ToString();
    }
}
