namespace GoSafer.Indexer.Language;

/// <summary>
/// A detected language: an ISO 639-1 code (or "und" when the text is too short or unknown to the model)
/// and a confidence in [0, 1] that callers may show; "und" always has confidence 0.
/// </summary>
public sealed record LanguageGuess(string Language, double Confidence)
{
    /// <summary>The BCP 47 code for "undetermined".</summary>
    public const string Undetermined = "und";

    internal static LanguageGuess None { get; } = new(Undetermined, 0);
}
