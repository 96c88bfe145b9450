namespace GoSafer.Hub.Contracts;

/// <summary>The body of <c>POST /api/resources</c> after validation and normalisation.</summary>
public sealed record ResourceSubmission
{
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

    /// <summary>Personal data: stored with the submission, never public, indexed, exported or logged.</summary>
    public required ContactDetails Contact { get; init; }
}

public sealed record ContactDetails(string Name, string Email);

public sealed record EvidenceInfo
{
    public string? Level { get; init; }
    public string? Design { get; init; }
    public IReadOnlyList<NativeRating> Ratings { get; init; } = [];
    public IReadOnlyList<Citation> Citations { get; init; } = [];
    public DateOnly? LastChecked { get; init; }
    public IReadOnlyList<string> Ingredients { get; init; } = [];

    /// <summary>The populations the evidence was gathered with (e.g. "girls aged 13-15 in urban secondary schools").</summary>
    public IReadOnlyList<string> Populations { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2 codes of the countries where the evidence was gathered.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>The outcomes measured (e.g. "help-seeking intentions").</summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [];
}

/// <summary>A clearinghouse's own rating, kept with its scheme (e.g. Blueprints "Model Plus").</summary>
public sealed record NativeRating(string Scheme, string Rating, string? Url);

/// <summary>A citation with a DOI or a URL (at least one).</summary>
public sealed record Citation(string? Doi, string? Url, string? Text);
