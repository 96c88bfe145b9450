namespace GoSafer.Indexer.Tagging;

/// <summary>
/// How directly a text states an age; a more direct kind overrides the less direct ones (a text that
/// says "ages 9–12" and also "primary school" is for 9–12). Lower value = more direct.
/// </summary>
internal enum AgeStatementKind
{
    /// <summary>A closed numeric range or a single age: "ages 9–12", "de 6 a 8 años", "9至12岁", "10-year-olds".</summary>
    ExplicitRange = 0,

    /// <summary>An open numeric bound: "13+", "under 9", "moins de 6 ans", "старше 12 лет", "12岁以上".</summary>
    ExplicitBound = 1,

    /// <summary>A numbered school year or stage: "Key Stage 2", "grades 6–8", "5–6 классы", "CM1", "四至六年级".</summary>
    SchoolYear = 2,

    /// <summary>A named school stage: "primary school", "collège", "secundaria", "初中", "المرحلة الثانوية".</summary>
    SchoolStage = 3,

    /// <summary>A word for an age group: "teenagers", "adolescents", "подростки", "青少年", "المراهقين".</summary>
    AgeGroupWord = 4,
}

/// <summary>One age phrase found in a text, already mapped to ages (inclusive, not yet clamped to 0..18).</summary>
internal readonly record struct AgeStatement(AgeStatementKind Kind, int Min, int Max);
