namespace GoSafer.Hub.Evidence;

/// <summary>
/// The crosswalk from each clearinghouse's native ratings to the hub evidence level, held as data
/// (docs/evidence.md explains each row). Where a scheme's category is ambiguous the lower hub level
/// is chosen: the crosswalk must never make a resource look better evidenced than its rating says.
/// </summary>
public static class EvidenceCrosswalk
{
    public const string Effective = "evaluated-effective";
    public const string Promising = "evaluated-promising";
    public const string NoEffect = "evaluated-no-effect";
    public const string Informed = "evidence-informed";
    public const string NotAssessed = "not-assessed";

    public static IReadOnlyList<RatingScheme> Schemes { get; } =
    [
        new("Blueprints", "Blueprints for Healthy Youth Development", "https://www.blueprintsprograms.org/",
        [
            new("Model Plus", Effective),
            new("Model", Effective),
            new("Promising", Promising),
        ]),
        new("CrimeSolutions", "CrimeSolutions (US National Institute of Justice)", "https://crimesolutions.ojp.gov/",
        [
            new("Effective", Effective),
            new("Promising", Promising),
            new("No Effects", NoEffect, ["Ineffective"]),
            new("Negative Effects", NoEffect),
        ]),
        new("WWC", "What Works Clearinghouse (US Institute of Education Sciences)", "https://ies.ed.gov/ncee/wwc/",
        [
            new("Positive Effects", Effective),
            new("Potentially Positive Effects", Promising),
            new("Mixed Effects", NoEffect),
            new("No Discernible Effects", NoEffect),
            new("Potentially Negative Effects", NoEffect),
            new("Negative Effects", NoEffect),
        ]),
        new("ESSA", "ESSA tiers of evidence (US Every Student Succeeds Act)", "https://www.ed.gov/",
        [
            new("Tier 1", Effective, ["Strong", "Tier 1 (Strong)"]),
            new("Tier 2", Promising, ["Moderate", "Tier 2 (Moderate)"]),
            new("Tier 3", Promising, ["Promising", "Tier 3 (Promising)"]),
            new("Tier 4", Informed, ["Demonstrates a Rationale", "Tier 4 (Demonstrates a Rationale)"]),
        ]),
        new("CEBC", "California Evidence-Based Clearinghouse for Child Welfare", "https://www.cebc4cw.org/",
        [
            new("1", Effective, ["Well-Supported by Research Evidence"]),
            new("2", Effective, ["Supported by Research Evidence"]),
            new("3", Promising, ["Promising Research Evidence"]),
            new("4", NoEffect, ["Evidence Fails to Demonstrate Effect"]),
            new("5", NoEffect, ["Concerning Practice"]),
            new("NR", NotAssessed, ["Not able to be Rated"]),
        ]),
        new("EEF", "Education Endowment Foundation (evaluation headline: impact and evidence security)", "https://educationendowmentfoundation.org.uk/",
        [
            new("Positive impact, high security", Effective, ["Positive impact, 3-5 padlocks"]),
            new("Positive impact, low security", Promising, ["Positive impact, 0-2 padlocks"]),
            new("No impact", NoEffect),
            new("Negative impact", NoEffect),
        ]),
    ];

    public static IReadOnlyList<string> SchemeIds { get; } = Schemes.Select(s => s.Id).ToList();

    public static RatingScheme? Scheme(string id) =>
        Schemes.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The scheme's rating named by <paramref name="rating"/> (its label or an alias), if any.</summary>
    public static SchemeRating? Rating(string scheme, string rating) =>
        Scheme(scheme)?.Ratings.FirstOrDefault(r =>
            string.Equals(r.Label, rating, StringComparison.OrdinalIgnoreCase)
            || r.Aliases.Any(a => string.Equals(a, rating, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The hub level a native rating maps to; null for a rating outside the crosswalk.</summary>
    public static string? HubLevel(string scheme, string rating) => Rating(scheme, rating)?.HubLevel;
}
