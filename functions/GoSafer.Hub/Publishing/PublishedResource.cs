using GoSafer.Hub.Contracts;
using GoSafer.Hub.Tagging;
using GoSafer.Indexer.Catalog;

namespace GoSafer.Hub.Publishing;

/// <summary>
/// A published resource: the public catalog record (<c>GET /api/resources/{id}</c>) and the source
/// of truth the index is built from. It holds no personal data by construction: the submitter's
/// contact stays in the submission record.
/// </summary>
public sealed record PublishedResource
{
    public required string Id { get; init; }
    public string Status { get; init; } = "published";
    public required DateTimeOffset SubmittedAt { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Url { get; init; }
    public required string Organization { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }
    public int? AgeMin { get; init; }
    public int? AgeMax { get; init; }
    public IReadOnlyList<string> Harms { get; init; } = [];
    public IReadOnlyList<string> Audiences { get; init; } = [];
    public string? ResourceType { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public string? License { get; init; }
    public int? PublishedYear { get; init; }
    public EvidenceInfo? Evidence { get; init; }

    /// <summary>The attached document, if any: its type and size (its text is searchable, never served).</summary>
    public PublicAttachment? Attachment { get; init; }

    /// <summary>What the indexer inferred; declared values win for facets, inferred ones fill gaps.</summary>
    public InferredTags? Inferred { get; init; }

    /// <summary>True for the demo corpus, so nobody mistakes a sample for a real resource.</summary>
    public bool Sample { get; init; }

    public static PublishedResource From(
        string id, ResourceSubmission s, DateTimeOffset submittedAt, DateTimeOffset publishedAt, InferredTags? inferred, bool sample = false) => new()
    {
        Inferred = inferred,
        Id = id,
        SubmittedAt = submittedAt,
        PublishedAt = publishedAt,
        UpdatedAt = publishedAt,
        Title = s.Title,
        Description = s.Description,
        Url = s.Url,
        Organization = s.Organization,
        Languages = s.Languages,
        AgeMin = s.AgeMin,
        AgeMax = s.AgeMax,
        Harms = s.Harms,
        Audiences = s.Audiences,
        ResourceType = s.ResourceType,
        Countries = s.Countries,
        License = s.License,
        PublishedYear = s.PublishedYear,
        Evidence = s.Evidence,
        Sample = sample,
    };

    /// <summary>
    /// The index entry. Facets take the declared values; where the submitter declared nothing for
    /// a field, the inferred values (already above the tagger's confidence threshold) fill in.
    /// </summary>
    public CatalogEntry ToCatalogEntry(string? attachmentText = null) => new()
    {
        AttachmentText = attachmentText,
        Id = Id,
        Title = Title,
        Description = Description,
        Url = Url,
        Organization = Organization,
        Languages = Languages,
        AgeMin = AgeMin ?? (AgeMax is null ? Inferred?.Ages?.Min : null),
        AgeMax = AgeMax ?? (AgeMin is null ? Inferred?.Ages?.Max : null),
        Harms = Harms.Count > 0 ? Harms : Inferred?.Harms.Select(h => h.Id).ToList() ?? [],
        Audiences = Audiences.Count > 0 ? Audiences : Inferred?.Audiences ?? [],
        ResourceType = ResourceType ?? Inferred?.ResourceType,
        Countries = Countries,
        EvidenceLevel = Evidence?.Level,
        PublishedYear = PublishedYear,
        PublishedAt = PublishedAt,
    };
}

public sealed record PublicAttachment(string Kind, long Length);
