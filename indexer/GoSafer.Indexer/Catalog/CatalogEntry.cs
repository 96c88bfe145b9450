namespace GoSafer.Indexer.Catalog;

/// <summary>
/// What the search engine knows of one published resource. Built by the hub from the stored record;
/// it never carries personal data (contacts stay in the hub's store).
/// </summary>
public sealed record CatalogEntry
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Url { get; init; }
    public required string Organization { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Extra searchable words (tags, inferred concept labels); not shown.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Text extracted from the attached document, if any; searchable, never shown.</summary>
    public string? AttachmentText { get; init; }
    public int? AgeMin { get; init; }
    public int? AgeMax { get; init; }
    public IReadOnlyList<string> Harms { get; init; } = [];
    public IReadOnlyList<string> Audiences { get; init; } = [];
    public string? ResourceType { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public string? EvidenceLevel { get; init; }
    public int? PublishedYear { get; init; }
    public DateTimeOffset PublishedAt { get; init; }
}
