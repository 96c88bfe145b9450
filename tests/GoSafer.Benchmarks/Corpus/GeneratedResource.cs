using GoSafer.Indexer.Catalog;

namespace GoSafer.Benchmarks.Corpus;

/// <summary>A generated resource, with the fields of the public catalog record.</summary>
internal sealed record GeneratedResource
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Url { get; init; }
    public required string Organization { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }
    public required int AgeMin { get; init; }
    public required int AgeMax { get; init; }

    /// <summary>Declared harms; empty for about one resource in ten (the tagger may infer some).</summary>
    public required IReadOnlyList<string> Harms { get; init; }
    public required IReadOnlyList<string> Audiences { get; init; }
    public required string ResourceType { get; init; }
    public required IReadOnlyList<string> Countries { get; init; }
    public required string License { get; init; }
    public required int PublishedYear { get; init; }
    public required string EvidenceLevel { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }

    /// <summary>What the hub hands the engine for this resource (PublishedResource.ToCatalogEntry).</summary>
    public CatalogEntry ToCatalogEntry() => new()
    {
        Id = Id,
        Title = Title,
        Description = Description,
        Url = Url,
        Organization = Organization,
        Languages = Languages,
        AgeMin = AgeMin,
        AgeMax = AgeMax,
        Harms = Harms,
        Audiences = Audiences,
        ResourceType = ResourceType,
        Countries = Countries,
        EvidenceLevel = EvidenceLevel,
        PublishedYear = PublishedYear,
        PublishedAt = PublishedAt,
    };
}
