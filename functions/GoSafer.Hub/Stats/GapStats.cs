namespace GoSafer.Hub.Stats;

/// <summary>
/// The evidence-gap matrix: how many published resources cover each harm × age band × language,
/// how many cover each harm × age band in any language, and how many sit at each evidence level. A resource counts once in every combination of its
/// values (harms include their parents, as in search's facets); a null value means the resource
/// has none for that dimension, itself a gap worth seeing.
/// </summary>
public sealed record GapStats(
    int Total,
    string TaxonomyVersion,
    IReadOnlyList<GapCell> Cells,
    IReadOnlyList<HarmAgeCount> ByHarmAndAge,
    IReadOnlyList<EvidenceCount> ByEvidence);

public sealed record GapCell(string? Harm, string? Age, string? Lang, int Count);

/// <summary>
/// Harm × age band over all languages. Not a sum of <see cref="GapCell"/>s: a resource in two
/// languages is one resource here, and two cells there.
/// </summary>
public sealed record HarmAgeCount(string? Harm, string? Age, int Count);

public sealed record EvidenceCount(string Level, int Count);
