using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GoSafer.Indexer.Tagging;

/// <summary>
/// Numbered school years mapped to ages. The common scale is the US grade: grade g ≈ ages g+5..g+6 (a
/// child is g+5 at the start of the year and g+6 at its end), and a span of grades a..b ≈ a+5..b+6.
/// Other systems are mapped onto it: England's Key Stages (KS1 5–7, KS2 7–11, KS3 11–14, KS4 14–16,
/// KS5 16–18) and Years (Year y ≈ y+4..y+5); Russian классы, Chinese 年级, Spanish primaria/ESO courses
/// and Arabic الصف numbered like grades (ESO 1 = grade 7, 初一 = grade 7, 高一 = grade 10); French classes
/// counted down (CP = 1, CE1 = 2, CE2 = 3, CM1 = 4, CM2 = 5, 6e = 6 … 3e = 9, 2nde = 10, 1re = 11, Tle = 12)
/// and cycles (cycle 2 = CP–CE2, cycle 3 = CM1–6e, cycle 4 = 5e–3e).
/// </summary>
internal static partial class SchoolYearPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace;

    private static readonly (int Min, int Max)[] KeyStages = [(5, 7), (7, 11), (11, 14), (14, 16), (16, 18)];

    // The French class names; every match of FrenchClass is one of them.
    private static readonly SearchValues<string> FrenchClassNames = SearchValues.Create(
        ["cp", "ce1", "ce2", "cm1", "cm2", "3e", "4e", "5e", "6e", "2nde", "1re", "tle"], StringComparison.Ordinal);

    /// <remarks>
    /// Each pattern runs only on a text holding what every match of it holds: most need an ASCII
    /// digit, the Chinese and Arabic ones their own words, the US grades "grade" or a digit. A regex
    /// scans the whole text even where it cannot match, and one shared list of anchor words let
    /// nearly every text through ("ks" and "eso" sit inside "books" and "resources"), so every pattern
    /// ran on nearly every resource (docs/benchmarks.md, eighth round).
    /// </remarks>
    public static void Collect(string folded, string? language, List<AgeStatement> into)
    {
        var digits = folded.AsSpan().ContainsAnyInRange('0', '9');
        if (digits)
        {
            CollectNumbered(folded, into);
        }

        // "grade k" and "grades k-2" name kindergarten without a digit.
        if (digits || folded.Contains("grade", StringComparison.Ordinal))
        {
            CollectUsGrades(folded, into);
        }

        if (folded.Contains("年级", StringComparison.Ordinal) || folded.AsSpan().ContainsAny('初', '高'))
        {
            CollectChinese(folded, into);
        }

        if (folded.Contains("الصف", StringComparison.Ordinal))
        {
            CollectArabic(folded, into);
        }

        if (digits && language is null or "es")
        {
            CollectSpanish(folded, into);
        }

        if (language is null or "fr")
        {
            CollectFrench(folded, digits, into);
        }
    }

    /// <summary>Key Stages, UK years and Russian классы: every match has a number.</summary>
    private static void CollectNumbered(string folded, List<AgeStatement> into)
    {
        foreach (Match m in KeyStage().Matches(folded))
        {
            var a = KeyStages[Number(m.Groups["a"].ValueSpan) - 1];
            var b = m.Groups["b"].Success ? KeyStages[Number(m.Groups["b"].ValueSpan) - 1] : a;
            Add(into, a.Min, b.Max);
        }

        foreach (Match m in UkYear().Matches(folded))
        {
            var a = Number(m.Groups["a"].ValueSpan);
            var b = m.Groups["b"].Success ? Number(m.Groups["b"].ValueSpan) : a;
            if (a is >= 1 and <= 13 && b is >= 1 and <= 13)
            {
                Add(into, Math.Min(a, b) + 4, Math.Max(a, b) + 5);
            }
        }

        foreach (Match m in RussianClass().Matches(folded))
        {
            var a = Number(m.Groups["a"].ValueSpan);
            AddGrades(into, a, m.Groups["b"].Success ? Number(m.Groups["b"].ValueSpan) : a);
        }
    }

    private static void CollectUsGrades(string folded, List<AgeStatement> into)
    {
        foreach (Match m in UsGrade().Matches(folded))
        {
            var a = m.Groups["a"].Success && m.Groups["a"].ValueSpan is not "k" ? Number(m.Groups["a"].ValueSpan) : 0;
            var b = m.Groups["b"].Success ? Number(m.Groups["b"].ValueSpan) : a;
            AddGrades(into, a, b);
        }
    }

    /// <summary>Every match has 年级, or 初 or 高 before a number.</summary>
    private static void CollectChinese(string folded, List<AgeStatement> into)
    {
        foreach (Match m in ChineseGrade().Matches(folded))
        {
            var offset = m.Groups["p"].ValueSpan switch { "初中" or "初" => 6, "高中" or "高" => 9, _ => 0 };
            var a = ChineseNumber(m.Groups["a"].ValueSpan);
            var b = m.Groups["b"].Success ? ChineseNumber(m.Groups["b"].ValueSpan) : a;
            AddGrades(into, a + offset, b + offset);
        }
    }

    /// <summary>Every match starts with الصف.</summary>
    private static void CollectArabic(string folded, List<AgeStatement> into)
    {
        foreach (Match m in ArabicGrade().Matches(folded))
        {
            var offset = m.Groups["s"].ValueSpan switch
            {
                "الاعدادي" or "الاعداديه" or "المتوسط" or "المتوسطه" => 6,
                "الثانوي" or "الثانويه" => 9,
                _ => 0,
            };
            var a = ArabicOrdinal(m.Groups["a"].ValueSpan);
            var b = m.Groups["b"].Success ? ArabicOrdinal(m.Groups["b"].ValueSpan) : a;
            AddGrades(into, a + offset, b + offset);
        }
    }

    /// <summary>Every match has a course number.</summary>
    private static void CollectSpanish(string folded, List<AgeStatement> into)
    {
        foreach (Match m in SpanishCourse().Matches(folded))
        {
            var offset = m.Groups["s"].ValueSpan switch { "primaria" => 0, "bachillerato" => 10, _ => 6 };
            var a = Number(m.Groups["a"].ValueSpan);
            var b = m.Groups["b"].Success ? Number(m.Groups["b"].ValueSpan) : a;
            AddGrades(into, a + offset, b + offset);
        }
    }

    private static void CollectFrench(string folded, bool digits, List<AgeStatement> into)
    {
        // A cycle is numbered; class names ("cp", "tle") need not be.
        if (digits)
        {
            foreach (Match m in FrenchCycle().Matches(folded))
            {
                switch (m.Groups["n"].ValueSpan)
                {
                    case "2": AddGrades(into, 1, 3); break;
                    case "3": AddGrades(into, 4, 6); break;
                    case "4": AddGrades(into, 7, 9); break;
                }
            }
        }

        if (!folded.AsSpan().ContainsAny(FrenchClassNames))
        {
            return;
        }

        // "6e", "3e", "cp" also occur outside school ("3e edition"); they count when at least two classes
        // are named ("de la 6e a la 3e", "cm2 et 6e") or the class follows "eleves de", "classe de", "en".
        int lo = int.MaxValue, hi = int.MinValue, named = 0;
        var anchored = false;
        foreach (Match m in FrenchClass().Matches(folded))
        {
            var grade = FrenchGrade(m.Groups["c"].ValueSpan);
            lo = Math.Min(lo, grade);
            hi = Math.Max(hi, grade);
            named++;
            anchored |= m.Groups["cue"].Success || m.Groups["c"].ValueSpan is "ce1" or "ce2" or "cm1" or "cm2";
        }

        if (named >= 2 || (named == 1 && anchored))
        {
            AddGrades(into, lo, hi);
        }
    }

    private static void AddGrades(List<AgeStatement> into, int a, int b)
    {
        if (a is >= 0 and <= 13 && b is >= 0 and <= 13)
        {
            Add(into, Math.Min(a, b) + 5, Math.Max(a, b) + 6);
        }
    }

    private static void Add(List<AgeStatement> into, int min, int max) =>
        into.Add(new AgeStatement(AgeStatementKind.SchoolYear, min, max));

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private static int ChineseNumber(ReadOnlySpan<char> s) => s switch
    {
        "一" => 1, "二" => 2, "三" => 3, "四" => 4, "五" => 5, "六" => 6, "七" => 7, "八" => 8, "九" => 9,
        "十" => 10, "十一" => 11, "十二" => 12,
        _ => Number(s),
    };

    private static int ArabicOrdinal(ReadOnlySpan<char> s) => s switch
    {
        "الاول" => 1, "الثاني" => 2, "الثالث" => 3, "الرابع" => 4, "الخامس" => 5, "السادس" => 6,
        "السابع" => 7, "الثامن" => 8, "التاسع" => 9, "العاشر" => 10, "الحادي عشر" => 11, "الثاني عشر" => 12,
        _ => Number(s),
    };

    private static int FrenchGrade(ReadOnlySpan<char> c) => c switch
    {
        "cp" => 1, "ce1" => 2, "ce2" => 3, "cm1" => 4, "cm2" => 5,
        "2nde" => 10, "1re" => 11, "tle" => 12,
        _ => 12 - (c[0] - '0'), // 6e → 6, 5e → 7, 4e → 8, 3e → 9
    };

    [GeneratedRegex(@"\b(?:key\sstage|ks)\s*(?<a>[1-5])\b (?:\s*(?:-|to|and|&|/)\s*(?:key\sstage|ks)?\s*(?<b>[1-5])\b)?", Options)]
    private static partial Regex KeyStage();

    // "grades 6-8", "grade 4", "grades k-2", "6th-8th grade", "6th grade", "k-12".
    [GeneratedRegex("""
        \bgrades?\s*(?<a>k|[0-9]{1,2})\b(?:\s*(?:-|to|through|and|&)\s*(?<b>[0-9]{1,2})\b)?
        |\b(?<a>[0-9]{1,2})(?:st|nd|rd|th)(?:\s*(?:-|to|through|and|&)\s*(?<b>[0-9]{1,2})(?:st|nd|rd|th))?\s*-?\s*grade
        |\bk\s*-\s*(?<b>[0-9]{1,2})\b
        """, Options)]
    private static partial Regex UsGrade();

    // England's "Year 7", "Years 7-9", "years 5 and 6" (not "years old").
    [GeneratedRegex(@"\byears?\s(?<a>[0-9]{1,2})\b(?:\s*(?:-|to|and|&)\s*(?<b>[0-9]{1,2})\b)?(?!\s*-?\s*olds?\b)", Options)]
    private static partial Regex UkYear();

    // "5-6 классов", "9-11 классы", "7-го класса", "с 5 по 9 класс".
    [GeneratedRegex("""
        (?<![0-9])(?<a>[0-9]{1,2})(?:\s*-?\s*(?:й|го|х|ой|ом))?(?:\s*(?:-|и|по|до|,)\s*(?<b>[0-9]{1,2})(?:\s*-?\s*(?:й|го|х|ой|ом))?)?\s*класс
        |(?<![0-9])(?<a>[0-9]{1,2})(?<=(?<!\w)с\s*[0-9]{1,2})\s*(?:-?го\s*)?по\s*(?<b>[0-9]{1,2})\s*(?:-?й\s*)?класс
        """, Options)]
    private static partial Regex RussianClass();

    // "四至六年级", "3-6年级", "初中一年级", "初一至初三", "高一".
    [GeneratedRegex("""
        (?<p>初中|高中)?(?<a>[0-9]{1,2}|十[一二]?|[一二三四五六七八九])(?:\s*(?:至|到|-|~|、|和|与)\s*(?<b>[0-9]{1,2}|十[一二]?|[一二三四五六七八九]))?\s*年级
        |(?<p>初|高)(?<a>[一二三])(?:\s*(?:至|到|-|~|、|和|与)\s*(?:初|高)?(?<b>[一二三]))?(?![中级年])
        """, Options)]
    private static partial Regex ChineseGrade();

    // "الصفوف من الرابع الي السادس الابتدائي", "الصف الاول الاعدادي", "الصفوف 4-6" (folded: الى → الي).
    [GeneratedRegex("""
        الصف(?:وف)?\s*(?:من\s*)?(?<a>الاول|الثاني\sعشر|الحادي\sعشر|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|[0-9]{1,2})(?![\u0600-\u06FF0-9])
        (?:\s*(?:الي|حتي|-|و)\s*(?:الصف\s*)?(?<b>الاول|الثاني\sعشر|الحادي\sعشر|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|[0-9]{1,2})(?![\u0600-\u06FF0-9]))?
        (?:\s*(?<s>الابتدائيه|الابتدائي|الاعداديه|الاعدادي|المتوسطه|المتوسط|الثانويه|الثانوي))?
        """, Options)]
    private static partial Regex ArabicGrade();

    // "5.o y 6.o de primaria" (5.º folds to 5.o), "1.o a 3.o de la eso", "2.o de bachillerato".
    [GeneratedRegex("""
        (?<![0-9])(?<a>[1-6])\s*\.?\s*[o°]?\s*(?:(?:y|a|al|-|,)\s*(?<b>[1-6])\s*\.?\s*[o°]?\s*)?(?:(?:grado|curso|ano)s?\s*)?
        (?:de\s*)?(?:la\s*)?(?:educacion\s*)?(?<s>primaria|secundaria|eso|bachillerato)\b
        """, Options)]
    private static partial Regex SpanishCourse();

    [GeneratedRegex(@"\bcycle\s(?<n>[234])\b", Options)]
    private static partial Regex FrenchCycle();

    // A class name, then whether a cue precedes it ("eleves de 6e", "classe de cm2", "en 3e").
    [GeneratedRegex(@"(?<![a-z0-9])(?<c>cp|ce1|ce2|cm1|cm2|[3-6]e|2nde|1re|tle)(?:me)?(?![a-z0-9])(?<cue>(?<=(?:\b(?:eleves|classes?|niveau)\s(?:de\s|du\s|des\s)?(?:la\s|l'|la\sclasse\sde\s)?|\ben\s)[a-z0-9]{2,4}))?", Options)]
    private static partial Regex FrenchClass();
}
