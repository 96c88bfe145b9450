namespace GoSafer.Hub.TaxonomyApi;

/// <summary>The taxonomy with labels in one UI language (<c>GET /api/taxonomy?ui=fr</c>).</summary>
public sealed record TaxonomyView(
    string Version,
    string Ui,
    IReadOnlyList<string> UiLanguages,
    IReadOnlyList<LabelledValue> RiskClasses,
    IReadOnlyList<AgeBandView> AgeBands,
    IReadOnlyList<HarmView> Harms,
    IReadOnlyList<LabelledValue> Audiences,
    IReadOnlyList<LabelledValue> ResourceTypes,
    IReadOnlyList<EvidenceLevelView> EvidenceLevels,
    IReadOnlyList<LabelledValue> Languages);

public sealed record LabelledValue(string Id, string Label);

public sealed record AgeBandView(string Id, string Label, int Min, int Max);

public sealed record HarmView(string Id, string Label, string? Parent, IReadOnlyList<string> RiskClasses);

public sealed record EvidenceLevelView(string Id, string Label, int Rank, string? Description);
