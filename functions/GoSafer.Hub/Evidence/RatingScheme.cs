namespace GoSafer.Hub.Evidence;

/// <summary>A clearinghouse's rating scheme and the ratings it awards, each placed on the hub scale.</summary>
public sealed record RatingScheme(string Id, string Name, string Url, IReadOnlyList<SchemeRating> Ratings);

/// <summary>
/// One native rating: its canonical label, the hub evidence level it maps to, and other spellings
/// submitters use for it (older labels, short forms), matched case-insensitively.
/// </summary>
public sealed record SchemeRating(string Label, string HubLevel, IReadOnlyList<string> Aliases)
{
    public SchemeRating(string label, string hubLevel) : this(label, hubLevel, []) { }
}
