namespace GoSafer.Indexer.Taxonomy;

/// <summary>The taxonomy data file as written (taxonomy.v1.json); <see cref="TaxonomyLoader"/> validates it.</summary>
public sealed record TaxonomyDocument(
    string Version,
    IReadOnlyList<string> UiLanguages,
    IReadOnlyList<Concept> RiskClasses,
    IReadOnlyList<AgeBand> AgeBands,
    IReadOnlyList<HarmConcept> Harms,
    IReadOnlyList<Concept> Audiences,
    IReadOnlyList<Concept> ResourceTypes,
    IReadOnlyList<EvidenceLevel> EvidenceLevels,
    IReadOnlyList<DeprecatedTerm> DeprecatedTerms,
    IReadOnlyList<Concept> ContentLanguages);

/// <summary>A taxonomy value: a stable ID, labels per UI language and search synonyms per language.</summary>
public record Concept(
    string Id,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Synonyms = null);

public sealed record HarmConcept(
    string Id,
    string? Parent,
    IReadOnlyList<string> RiskClasses,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Synonyms = null) : Concept(Id, Labels, Synonyms);

public sealed record AgeBand(string Id, int Min, int Max, IReadOnlyDictionary<string, string> Labels)
    : Concept(Id, Labels)
{
    public bool Overlaps(int min, int max) => min <= Max && max >= Min;
}

public sealed record EvidenceLevel(
    string Id,
    int Rank,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string>? Description = null) : Concept(Id, Labels);

/// <summary>A term deprecated by the Luxembourg Terminology Guidelines, mapped to the preferred concept.</summary>
public sealed record DeprecatedTerm(
    string Term,
    string Language,
    string Preferred,
    IReadOnlyDictionary<string, string> Note);
