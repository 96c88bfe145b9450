namespace GoSafer.Indexer.Language;

/// <summary>
/// The writing system of a letter (ISO 15924 codes), for the scripts of the model's languages. The
/// detector reads a letter's script as one more feature beside its n-grams, so a short Chinese query
/// made of characters the training text never used still counts as Han (Chinese, or Japanese when kana
/// appear) rather than as nothing. Letters of other scripts (Greek, Hebrew, …) have none.
/// </summary>
internal static class WritingScripts
{
    /// <summary>Script codes; a letter's script number is its index here plus one (0 = none).</summary>
    public static readonly string[] Codes = ["Latn", "Cyrl", "Armn", "Arab", "Deva", "Thai", "Khmr", "Hang", "Kana", "Hani"];

    private const int Latin = 1, Cyrillic = 2, Armenian = 3, Arabic = 4, Devanagari = 5, Thai = 6, Khmer = 7,
        Hangul = 8, Kana = 9, Han = 10;

    // Unicode blocks, sorted and disjoint (binary search). Only letters and marks are looked up.
    private static readonly (char First, char Last, int Script)[] Blocks =
    [
        ('\u0400', '\u052F', Cyrillic), ('\u0530', '\u058F', Armenian), ('\u0600', '\u06FF', Arabic),
        ('\u0750', '\u077F', Arabic), ('\u08A0', '\u08FF', Arabic), ('\u0900', '\u097F', Devanagari),
        ('\u0E00', '\u0E7F', Thai), ('\u1100', '\u11FF', Hangul), ('\u1780', '\u17FF', Khmer),
        ('\u1E00', '\u1EFF', Latin), ('\u3005', '\u3007', Han), ('\u3040', '\u30FF', Kana),
        ('\u3130', '\u318F', Hangul), ('\u31F0', '\u31FF', Kana), ('\u3400', '\u4DBF', Han),
        ('\u4E00', '\u9FFF', Han), ('\uAC00', '\uD7AF', Hangul), ('\uF900', '\uFAFF', Han),
        ('\uFB50', '\uFDFF', Arabic), ('\uFE70', '\uFEFF', Arabic), ('\uFF66', '\uFF9F', Kana),
    ];

    /// <summary>The script number of a letter, 0 when it is in none of <see cref="Codes"/>.</summary>
    public static int Of(char letter)
    {
        if (letter < '\u0250')
        {
            // Basic Latin, Latin-1 and Latin Extended-A/B: the common case, without a search.
            return Latin;
        }

        var (low, high) = (0, Blocks.Length - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var (first, last, script) = Blocks[middle];
            if (letter < first)
            {
                high = middle - 1;
            }
            else if (letter > last)
            {
                low = middle + 1;
            }
            else
            {
                return script;
            }
        }

        return 0;
    }
}
