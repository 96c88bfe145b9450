using System.Globalization;
using System.Text.RegularExpressions;

namespace GoSafer.Indexer.Tagging;

/// <summary>
/// Ages written with numbers, in the six UN languages. Patterns run on folded text
/// (<see cref="TextNormalizer.Fold"/>): lower case, no Latin accents (à → a, años → anos), ASCII digits
/// (Arabic-Indic ١٣ → 13), dashes as '-', Arabic ى as ي, ة as ه and إ as ا (so Arabic literals below are
/// written folded: الي, حتي). A number counts as an age only with an age word after it ("years", "ans",
/// "años", "лет", "岁", "سنة"/"عاما") or an age cue before it ("ages", "aged", "edad", "возраст", "年龄",
/// "أعمار", "under", "moins de", "старше", "دون سن"), so "10-minute", "2019-2020" and "in 14 schools" are
/// not ages. Every pattern starts at the number and checks the cue before it with a look-behind, so the
/// regex engine only wakes up at digits.
/// </summary>
internal static partial class ExplicitAgePatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace;

    public static void Collect(ReadOnlySpan<char> folded, List<AgeStatement> into)
    {
        if (!folded.ContainsAnyInRange('0', '9'))
        {
            return;
        }

        foreach (var m in ClosedRange().EnumerateMatches(folded))
        {
            var (a, b) = TwoNumbers(folded.Slice(m.Index, m.Length));
            into.Add(new AgeStatement(AgeStatementKind.ExplicitRange, a, b));
        }

        foreach (var m in SingleAge().EnumerateMatches(folded))
        {
            var age = FirstNumber(folded.Slice(m.Index, m.Length));
            into.Add(new AgeStatement(AgeStatementKind.ExplicitRange, age, age));
        }

        foreach (var m in FromAge().EnumerateMatches(folded))
        {
            var age = FirstNumber(folded.Slice(m.Index, m.Length));

            // "18+" and "+18" mark adult content, not an audience of children.
            if (age is >= 3 and <= 17)
            {
                into.Add(new AgeStatement(AgeStatementKind.ExplicitBound, age, 18));
            }
        }

        foreach (var m in OverAge().EnumerateMatches(folded))
        {
            into.Add(new AgeStatement(AgeStatementKind.ExplicitBound, FirstNumber(folded.Slice(m.Index, m.Length)) + 1, 18));
        }

        foreach (var m in UnderAge().EnumerateMatches(folded))
        {
            into.Add(new AgeStatement(AgeStatementKind.ExplicitBound, 0, FirstNumber(folded.Slice(m.Index, m.Length)) - 1));
        }

        foreach (var m in UpToAge().EnumerateMatches(folded))
        {
            into.Add(new AgeStatement(AgeStatementKind.ExplicitBound, 0, FirstNumber(folded.Slice(m.Index, m.Length))));
        }
    }

    // Every match starts with its first number; a closed range holds exactly two numbers.
    private static int FirstNumber(ReadOnlySpan<char> match)
    {
        var end = 0;
        while (end < match.Length && char.IsAsciiDigit(match[end]))
        {
            end++;
        }

        return int.Parse(match[..end], CultureInfo.InvariantCulture);
    }

    private static (int, int) TwoNumbers(ReadOnlySpan<char> match)
    {
        var first = FirstNumber(match);
        var rest = match[match.IndexOfAnyExceptInRange('0', '9')..];
        var start = rest.IndexOfAnyInRange('0', '9');
        return (first, FirstNumber(rest[start..]));
    }

    // "9-12 years", "13- to 17-year-olds", "de 6 a 8 anos", "11 a 14 ans", "от 9 до 12 лет", "9至12岁",
    // "من 9 الي 12 سنه", "بين 12 و17 عاما"; or a cue then a range: "ages 9-12", "aged 9 to 17",
    // "between the ages of 10 and 14", "edades 8-10", "в возрасте 10-17", "年龄9-12", "اعمارهم 12-17".
    [GeneratedRegex("""
        (?<![0-9])[0-9]{1,2}
        (?:
            \s*(?:-\s*)?(?:-|~|to|through|a|au|al|hasta|y|and|et|и|до|по|至|到|الي|حتي|و)\s*[0-9]{1,2}(?![0-9]|[.,][0-9])
            \s*-?\s*(?:years?\b|yrs?\b|year-?olds?|y/?o\b|ans\b|anos\b|лет\b|года?\b|летн|岁|周岁|سنه|سنوات|عام|اعوام)
          | (?<=(?:\bages?|\baged|\bage\s(?:range|group|band)s?|\bbetween\sthe\sages\sof|\bedad(?:es)?|возраст\w*|年龄段?|适合|اعمار\w*|الاعمار|الفئه\sالعمريه)
                \s*(?:of|de|from|:|от|من|بين|between|entre|para)?\s*[0-9]{1,2})
            \s*(?:-|~|to|through|a|al|hasta|and|et|y|и|до|至|到|الي|حتي|و)\s*[0-9]{1,2}(?![0-9]|[.,][0-9])
        )
        """, Options)]
    private static partial Regex ClosedRange();

    // "10-year-olds", "aged 12", "для 10-летних".
    [GeneratedRegex("""
        (?<![0-9])[0-9]{1,2}
        (?:
            \s*-?\s*years?\s*-?\s*olds?\b
          | \s*-?\s*летн
          | (?<=\baged\s[0-9]{1,2})(?![0-9]|\s*(?:-|to|\+|and|or|&))
        )
        """, Options)]
    private static partial Regex SingleAge();

    // From N up: "13+", "12 and over", "from age 10", "a partir de 12 ans", "des 9 ans", "16 ans et plus",
    // "a partir de los 10 anos", "с 14 лет", "14 лет и старше", "12岁以上", "15 عاما فما فوق", "من سن 15 فما فوق".
    [GeneratedRegex("""
        (?<![0-9])[0-9]{1,2}(?![0-9])
        (?:
            \s*\+
          | \s*(?:years?\s*(?:old\s*)?)?(?:and|&|or)\s*(?:over|up|older|above)\b
          | (?<=\bfrom\s(?:the\s)?age\s(?:of\s)?[0-9]{1,2})
          | (?<=\b(?:a\spartir\sde|des)\s*[0-9]{1,2})\s*ans\b
          | \s*ans\s*et\s*plus\b
          | (?<=\b(?:a\spartir\sde(?:\slos)?|desde\slos)\s*[0-9]{1,2})\s*anos\b
          | (?<=(?<!\w)с\s*[0-9]{1,2})\s*(?:-?(?:ти|ми|и)\s*)?(?:лет|года?)\b
          | \s*(?:лет|года?)\s*и\s*старше
          | \s*周?岁\s*(?:及|或)?以上
          | \s*(?:سنه|سنوات|عاما|عام)\s*فما\s*فوق
          | (?<=من\s*سن\s*[0-9]{1,2})\s*(?:سنه|سنوات|عاما|عام)?\s*فما\s*فوق
        )
        """, Options)]
    private static partial Regex FromAge();

    // Strictly above N: "over-12s", "children over 12", "plus de 12 ans", "mayores de 14 anos", "старше 12 лет", "فوق 15 سنه".
    [GeneratedRegex("""
        (?<![0-9])[0-9]{1,2}(?![0-9])
        (?:
            (?<=\b(?:over|older\sthan|above)\s*-?\s*[0-9]{1,2})(?:s\b|\s*years?\b|\s*-?\s*year-?olds?)
          | (?<=\b(?:children|kids|pupils|students|young\speople|aged)\s(?:over|older\sthan|above)\s[0-9]{1,2})
          | (?<=\bplus\sde\s*[0-9]{1,2})\s*ans\b
          | (?<=\b(?:mayores\sde|mas\sde)\s*[0-9]{1,2})\s*anos\b
          | (?<=старше\s*[0-9]{1,2})\s*(?:лет|года?)\b
          | (?<=فوق\s*(?:سن\s*)?[0-9]{1,2})\s*(?:سنه|سنوات|عاما|عام)
        )
        """, Options)]
    private static partial Regex OverAge();

    // Below N: "under 9s", "under-13s", "children under 9", "younger than 8", "moins de 6 ans",
    // "menores de 13 anos", "младше 10 лет", "до 12 лет", "未满14周岁", "دون سن 13", "اقل من 12 سنه".
    [GeneratedRegex("""
        (?<![0-9])[0-9]{1,2}(?![0-9])
        (?:
            (?<=\bunder\s*-?\s*[0-9]{1,2})(?:s\b|\s*years?\b|\s*-?\s*year-?olds?)
          | (?<=\b(?:children|kids|pupils|students|young\speople|aged|for|ages)\s(?:under|younger\sthan|below)\s[0-9]{1,2})
          | (?<=\byounger\sthan\s[0-9]{1,2})
          | (?<=\bmoins\sde\s*[0-9]{1,2})\s*ans\b
          | (?<=\bmenores\sde\s*[0-9]{1,2})\s*anos\b
          | (?<=(?:младше|моложе)\s*[0-9]{1,2})\s*(?:лет|года?)\b
          | (?<=(?<!\w)до\s*[0-9]{1,2})\s*(?:лет|года?)\b
          | (?<=(?:未满|不满)\s*[0-9]{1,2})\s*周?岁
          | (?<=(?:دون|تحت)\s*سن\s*(?:ال)?[0-9]{1,2})
          | (?<=اقل\sمن\s*[0-9]{1,2})\s*(?:سنه|سنوات|عاما|عام)
        )
        """, Options)]
    private static partial Regex UnderAge();

    // Up to and including N: "up to age 12", "up to 11 years", "11 and under", "jusqu'a 12 ans", "hasta los 12 anos", "12岁以下".
    [GeneratedRegex("""
        (?<![0-9])[0-9]{1,2}(?![0-9])
        (?:
            (?<=\bup\sto\s(?:the\s)?age\s(?:of\s)?[0-9]{1,2})
          | (?<=\bup\sto\s[0-9]{1,2})\s*(?:years?\b|-?\s*year-?olds?)
          | \s*(?:and|&)\s*under\b
          | (?<=\bjusqu'?\s*a\s*[0-9]{1,2})\s*ans\b
          | (?<=\bhasta\s(?:los\s)?[0-9]{1,2})\s*anos\b
          | \s*周?岁\s*(?:及|或)?以下
        )
        """, Options)]
    private static partial Regex UpToAge();
}
