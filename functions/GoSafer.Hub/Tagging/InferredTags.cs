using GoSafer.Indexer.Tagging;

namespace GoSafer.Hub.Tagging;

/// <summary>
/// What the indexer inferred from a title and description, with confidences: the body of
/// <c>POST /api/tag</c> and the <c>inferred</c> block of a published resource.
/// </summary>
public sealed record InferredTags(
    LanguageTag Language,
    IReadOnlyList<HarmTag> Harms,
    AgeRange? Ages,
    IReadOnlyList<string> Audiences,
    string? ResourceType)
{
    /// <summary>Only the most specific harms are reported: a parent is implied by its children.</summary>
    public static InferredTags From(TagResult result) => new(
        new LanguageTag(result.Language.Language, Math.Round(result.Language.Confidence, 2)),
        result.MostSpecificHarms(),
        result.Ages,
        result.Audiences,
        result.ResourceType);
}

public sealed record LanguageTag(string Value, double Confidence);
