using GoSafer.Hub.Contracts;
using GoSafer.Hub.Evidence;
using GoSafer.Hub.Publishing;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Hub.Exports;

/// <summary>
/// The evidence metadata of one published resource as every export format carries it. Taxonomy
/// fields hold the values search filters on (declared, or inferred where nothing was declared), so
/// an exported slice and its filters agree. Built only from <see cref="PublishedResource"/>, which
/// holds no personal data.
/// </summary>
public sealed record EvidenceRecord
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Url { get; init; }
    public required string Organization { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }
    public int? AgeMin { get; init; }
    public int? AgeMax { get; init; }
    public required IReadOnlyList<string> AgeBands { get; init; }
    public required IReadOnlyList<string> Harms { get; init; }
    public required IReadOnlyList<string> Audiences { get; init; }
    public string? ResourceType { get; init; }
    public required IReadOnlyList<string> Countries { get; init; }
    public string? License { get; init; }
    public int? PublishedYear { get; init; }
    public required EvidenceMetadata Evidence { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public bool Sample { get; init; }

    public static EvidenceRecord From(PublishedResource resource, HubTaxonomy taxonomy)
    {
        var entry = resource.ToCatalogEntry();
        var evidence = resource.Evidence ?? new EvidenceInfo();
        return new EvidenceRecord
        {
            Id = resource.Id,
            Title = resource.Title,
            Description = resource.Description,
            Url = resource.Url,
            Organization = resource.Organization,
            Languages = resource.Languages,
            AgeMin = entry.AgeMin,
            AgeMax = entry.AgeMax,
            AgeBands = taxonomy.AgeBandsFor(entry.AgeMin, entry.AgeMax).ToList(),
            Harms = entry.Harms,
            Audiences = entry.Audiences,
            ResourceType = entry.ResourceType,
            Countries = resource.Countries,
            License = resource.License,
            PublishedYear = resource.PublishedYear,
            Evidence = new EvidenceMetadata
            {
                Level = evidence.Level ?? EvidenceCrosswalk.NotAssessed,
                Design = evidence.Design,
                Ratings = evidence.Ratings
                    .Select(r => new RatedEvidence(r.Scheme, r.Rating, r.Url, EvidenceCrosswalk.HubLevel(r.Scheme, r.Rating)))
                    .ToList(),
                Citations = evidence.Citations,
                Populations = evidence.Populations,
                Countries = evidence.Countries,
                Outcomes = evidence.Outcomes,
                Ingredients = evidence.Ingredients,
                LastChecked = evidence.LastChecked,
            },
            PublishedAt = resource.PublishedAt,
            UpdatedAt = resource.UpdatedAt,
            Sample = resource.Sample,
        };
    }
}

/// <summary>The hub level (always present: "not-assessed" when nobody assessed it) and its sources.</summary>
public sealed record EvidenceMetadata
{
    public required string Level { get; init; }
    public string? Design { get; init; }
    public required IReadOnlyList<RatedEvidence> Ratings { get; init; }
    public required IReadOnlyList<Citation> Citations { get; init; }
    public required IReadOnlyList<string> Populations { get; init; }
    public required IReadOnlyList<string> Countries { get; init; }
    public required IReadOnlyList<string> Outcomes { get; init; }
    public required IReadOnlyList<string> Ingredients { get; init; }
    public DateOnly? LastChecked { get; init; }
}

/// <summary>A native rating with the hub level the crosswalk gives it (docs/evidence.md).</summary>
public sealed record RatedEvidence(string Scheme, string Rating, string? Url, string? HubLevel);
