using System.Globalization;
using System.Text;

namespace GoSafer.Indexer.Tagging;

/// <summary>
/// Folds text so that lexicon terms, age phrases and resource text compare equal however they were typed:
/// lower case; Latin diacritics removed (é → e, ñ → n, º → o); Cyrillic ё → е (й is kept: Russian endings
/// depend on it); Arabic harakat and tatweel removed and letter variants unified (أ إ آ ٱ → ا, ى → ي,
/// ة → ه, as Lucene's ArabicNormalizer does; ئ and ؤ are kept); every decimal digit (Arabic-Indic, Persian, full-width…)
/// → ASCII; full-width Latin → ASCII; dashes → '-', typographic apostrophes → '\''; whitespace → ' ';
/// zero-width characters dropped. Folding is per character, so it is one table look-up per character.
/// </summary>
public static class TextNormalizer
{
    private const char Drop = '\uFFFF';

    // One entry per UTF-16 code unit; surrogate halves map to themselves so astral characters survive.
    private static readonly char[] Table = BuildTable();

    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var kept = 0;
        foreach (var c in text)
        {
            if (Table[c] != Drop)
            {
                kept++;
            }
        }

        // Folding never lengthens text: each code unit maps to one code unit or to nothing.
        return string.Create(kept, text, static (span, source) =>
        {
            var n = 0;
            foreach (var c in source)
            {
                var f = Table[c];
                if (f != Drop)
                {
                    span[n++] = f;
                }
            }
        });
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = FoldOne((char)i);
        }

        return table;
    }

    private static char FoldOne(char c)
    {
        if (char.IsSurrogate(c))
        {
            return c;
        }

        switch (c)
        {
            case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u0640': // soft hyphen, zero-width, tatweel
                return Drop;
            case '\u0623' or '\u0625' or '\u0622' or '\u0671':
                return '\u0627';
            case '\u0649' or '\u06CC':
                return '\u064A';
            case '\u0629':
                return '\u0647';
            case '\u06A9':
                return '\u0643';
            case '\u060C':
                return ',';
            case '\u061B':
                return ';';
            case '\u061F':
                return '?';
            case 'ё' or 'Ё':
                return 'е';
            case '\u2018' or '\u2019' or '\u02BC' or '\u2032' or '\u0060' or '\u00B4':
                return '\'';
            case '\u301C' or '\u223C':
                return '~';
            case '\u2212' or '\uFE58' or '\uFE63':
                return '-';
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category == UnicodeCategory.DashPunctuation && c is not ('\u301C' or '\u3030'))
        {
            return '-';
        }

        if (category == UnicodeCategory.DecimalDigitNumber)
        {
            return (char)('0' + (int)CharUnicodeInfo.GetNumericValue(c));
        }

        if (category == UnicodeCategory.NonSpacingMark)
        {
            // Combining accents, Arabic harakat and the like carry no meaning for matching.
            return Drop;
        }

        if (char.IsWhiteSpace(c) || category is UnicodeCategory.Control or UnicodeCategory.Format)
        {
            return ' ';
        }

        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return char.ToLowerInvariant((char)(c - 0xFEE0));
        }

        if (c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF')
        {
            // Latin: keep the base letter of the canonical (or compatibility, for º ª) decomposition.
            var decomposed = c.ToString().Normalize(NormalizationForm.FormKD);
            if (decomposed.Length > 0 && !char.IsSurrogate(decomposed[0])
                && decomposed.AsSpan(1).ToString().All(m => CharUnicodeInfo.GetUnicodeCategory(m) == UnicodeCategory.NonSpacingMark))
            {
                return char.ToLowerInvariant(decomposed[0]);
            }
        }

        return char.ToLowerInvariant(c);
    }
}
