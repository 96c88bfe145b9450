using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GoSafer.Indexer.Tagging;

/// <summary>
/// School stages and age-group words without numbers, per language (folded text). Each alternative sits
/// in a group named r{min}_{max}, so the pattern carries its own mapping; longer names come first so that
/// "幼儿园大班" wins over "幼儿园" and "初中" over "中学". The stage table (documented in docs/tagging.md):
/// pre-school 3–5, early primary 6–8, primary 6–11, lower secondary 12–15 (French collège 11–15), upper
/// secondary 15–18, secondary without qualification 12–18; teenagers/adolescents 13–17, tweens 10–12.
/// An adolescent word coordinated with a children word ("niñas, niños y adolescentes", "дети и подростки",
/// "儿童青少年") means "all minors" and states no age.
/// </summary>
internal static partial class AgeWordPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace;

    private static readonly FrozenDictionary<string, WordPatterns> ByLanguage = new Dictionary<string, WordPatterns>
    {
        ["en"] = new(
            EnglishStages(), ["school", "kindergarten", "nursery", "early", "reception", "primary", "elementary", "middle", "junior", "secondary", "high", "sixth", "infant"],
            EnglishGroups(), ["teen", "adolescent", "tween", "toddler"]),
        ["fr"] = new(
            FrenchStages(), ["maternelle", "creche", "cycle", "primaire", "elementaire", "college", "lycee", "lyceen", "secondaire"],
            FrenchGroups(), ["adolescent", "ados", "petits"]),
        ["es"] = new(
            SpanishStages(), ["inicial", "infantil", "preescolar", "jardin", "primaria", "primeros", "bachillerato", "preparatoria", "secundaria", "liceo"],
            SpanishGroups(), ["adolescentes"]),
        ["ru"] = new(
            RussianStages(), ["детск", "дошкол", "начальн", "младш", "основн", "старш", "средн"],
            RussianGroups(), ["подрост"]),
        ["zh"] = new(
            ChineseStages(), ["幼儿园", "学前", "学龄前", "小学", "中学", "初中", "高中"],
            ChineseGroups(), ["青少年"]),
        ["ar"] = new(
            ArabicStages(), ["رياض", "الروضه", "قبل المدرسه", "الطفوله", "الصفوف", "الابتدائي", "الاعدادي", "المتوسطه", "الثانوي"],
            ArabicGroups(), ["مراهق"]),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Collects stage and group words of <paramref name="language"/>, or of all six languages when it is not one of them.</summary>
    public static void Collect(string folded, string? language, List<AgeStatement> into)
    {
        if (language is not null && ByLanguage.TryGetValue(language, out var patterns))
        {
            patterns.Collect(folded, into);
            return;
        }

        foreach (var each in ByLanguage.Values)
        {
            each.Collect(folded, into);
        }
    }

    /// <summary>
    /// A language's stage and group patterns, each behind a fast multi-string search for words every match
    /// contains, so the regex only runs on the few texts that can match.
    /// </summary>
    private sealed class WordPatterns(Regex stages, string[] stageWords, Regex groups, string[] groupWords)
    {
        private readonly SearchValues<string> _stageWords = SearchValues.Create(stageWords, StringComparison.Ordinal);
        private readonly SearchValues<string> _groupWords = SearchValues.Create(groupWords, StringComparison.Ordinal);

        public void Collect(string folded, List<AgeStatement> into)
        {
            if (folded.AsSpan().ContainsAny(_stageWords))
            {
                Collect(folded, stages, AgeStatementKind.SchoolStage, into);
            }

            if (folded.AsSpan().ContainsAny(_groupWords))
            {
                Collect(folded, groups, AgeStatementKind.AgeGroupWord, into);
            }
        }

        private static void Collect(string folded, Regex regex, AgeStatementKind kind, List<AgeStatement> into)
        {
            foreach (Match m in regex.Matches(folded))
            {
                foreach (Group g in m.Groups)
                {
                    if (g.Success && g.Name.StartsWith('r'))
                    {
                        var bounds = g.Name.AsSpan(1);
                        var underscore = bounds.IndexOf('_');
                        into.Add(new AgeStatement(
                            kind,
                            int.Parse(bounds[..underscore], CultureInfo.InvariantCulture),
                            int.Parse(bounds[(underscore + 1)..], CultureInfo.InvariantCulture)));
                        break;
                    }
                }
            }
        }
    }

    [GeneratedRegex("""
        \b(?:(?<r3_5>pre-?school(?:ers?)?|nursery\sschool|kindergarten|early\syears|reception\sclass)
        |(?<r6_8>lower\sprimary|infant\sschool|early\sgrades|early\sprimary)
        |(?<r9_11>upper\sprimary)
        |(?<r6_11>(?:primary|elementary)[\s-](?:schools?|pupils|students|children|class(?:es|rooms?)?|teachers|aged|age|level|education|grades|years))
        |(?<r11_14>middle[\s-]schools?|junior\shigh)
        |(?<r12_15>lower\ssecondary)
        |(?<r15_18>upper\ssecondary|high[\s-]schools?|sixth[\s-]form)
        |(?<r12_18>secondary[\s-](?:schools?|pupils|students|class(?:es|rooms?)?|teachers|aged|age|level|education)))\b
        """, Options)]
    private static partial Regex EnglishStages();

    [GeneratedRegex("""
        \b(?:(?<r13_17>teen(?:ager)?s?|adolescents?)|(?<r10_12>tweens|pre-?teens)|(?<r1_3>toddlers))\b
        (?<!\b(?:children|kids)\s(?:and|&)\s\w+)
        """, Options)]
    private static partial Regex EnglishGroups();

    [GeneratedRegex("""
        \b(?:(?<r3_5>ecoles?\smaternelles?|maternelle|creche|cycle\s1)
        |(?<r6_11>ecoles?\s(?:primaires?|elementaires?)|(?:au|du|en|le)\sprimaire|enseignement\sprimaire|niveau\sprimaire)
        |(?<r11_15>colleges?|collegien(?:ne)?s?)
        |(?<r15_18>lycees?|lyceen(?:ne)?s?)
        |(?<r12_18>(?:enseignement|ecoles?|au|du|le)\ssecondaire))\b
        """, Options)]
    private static partial Regex FrenchStages();

    [GeneratedRegex("""
        \b(?:(?<r13_17>adolescente?s?|ados)|(?<r10_12>pre-?ados|preadolescent(?:e)?s)|(?<r0_3>tout-?petits))\b
        (?<!\benfants\s(?:et|ou)\s(?:les\s|des\s)?\w+)
        """, Options)]
    private static partial Regex FrenchGroups();

    [GeneratedRegex("""
        \b(?:(?<r3_5>educacion\s(?:inicial|infantil|preescolar)|preescolar|jardin\sde\s(?:infantes|ninos)|nivel\sinicial)
        |(?<r6_8>primer\sciclo\sde\s(?:educacion\s)?primaria|primeros\sgrados)
        |(?<r6_11>(?:educacion|escuelas?|nivel|de|en|la)\sprimaria)
        |(?<r15_18>bachillerato|preparatoria)
        |(?<r12_18>secundaria|liceo))\b
        """, Options)]
    private static partial Regex SpanishStages();

    [GeneratedRegex("""
        \b(?:(?<r13_17>adolescentes?)|(?<r10_12>preadolescentes?))\b
        (?<!(?:ninos|ninas|infancia|ninez)(?:[\s,]+(?:y\s+)?(?:ninos|ninas))?[\s,]+y\s+(?:las\s+|los\s+)?\w+)
        """, Options)]
    private static partial Regex SpanishGroups();

    [GeneratedRegex("""
        (?<!\w)(?:(?<r3_5>детск(?:ий|ого|ому|ом|ие|их)\sсад\w*|дошкольн\w*|дошколят\w*)
        |(?<r6_11>начальн(?:ая|ой|ую|ых|ые|ым)\s(?:школ\w*|класс\w*)|младш(?:ие|их|им|ими)\sшкольник\w*|младшеклассник\w*)
        |(?<r10_15>основн(?:ая|ой|ую)\sшкол\w*)
        |(?<r15_17>старшеклассник\w*|старш(?:ие|их|им|ими)\sкласс\w*)
        |(?<r12_18>средн(?:яя|ей|юю|их|ие)\sшкол\w*))
        """, Options)]
    private static partial Regex RussianStages();

    [GeneratedRegex("""
        (?<!\w)(?<r13_17>подрост\w*)(?<!дет(?:и|ей|ям|ьми)\s(?:и|или)\s\w+)
        """, Options)]
    private static partial Regex RussianGroups();

    [GeneratedRegex("""
        (?<r5_6>幼儿园大班)|(?<r3_5>幼儿园|学龄前|学前)|(?<r6_8>小学低年级)|(?<r8_10>小学中年级)|(?<r10_12>小学高年级)
        |(?<r6_18>中小学)|(?<r6_11>小学)|(?<r12_15>初中|初级中学)|(?<r15_18>高中|高级中学)|(?<r12_18>中学)
        """, Options)]
    private static partial Regex ChineseStages();

    [GeneratedRegex("""
        (?<r13_17>青少年)(?<!(?:儿童|未成年人)[和与及、]?青少年)
        """, Options)]
    private static partial Regex ChineseGroups();

    [GeneratedRegex("""
        (?<r3_5>رياض\sالاطفال|الروضه|ما\sقبل\sالمدرسه|الطفوله\sالمبكره)
        |(?<r6_8>الصفوف\s(?:الاولي|الاوليه|الدنيا))
        |(?<r6_11>(?:المرحله|المدارس|المدرسه)\sالابتدائيه|الابتدائي\w*)
        |(?<r12_15>(?:المرحله|المدارس|المدرسه)\s(?:الاعداديه|المتوسطه)|الاعدادي\w*)
        |(?<r15_18>(?:المرحله|المدارس|المدرسه)\sالثانويه|الثانوي\w*)
        """, Options)]
    private static partial Regex ArabicStages();

    [GeneratedRegex("""
        (?<![\u0600-\u06FF])(?<r13_17>(?:و|ب|ل)?(?:ال|ل)?مراهق[\u0600-\u06FF]*)(?<!اطفال\s+و[\u0600-\u06FF]*)
        """, Options)]
    private static partial Regex ArabicGroups();
}
