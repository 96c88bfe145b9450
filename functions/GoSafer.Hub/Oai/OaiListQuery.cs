namespace GoSafer.Hub.Oai;

/// <summary>
/// One ListIdentifiers/ListRecords harvest: its selective-harvesting arguments and, from the second
/// page on, where the previous page stopped. Bounds are inclusive and at whole seconds.
/// </summary>
public sealed record OaiListQuery(
    string MetadataPrefix,
    string? Set,
    DateTimeOffset? From,
    DateTimeOffset? Until,
    string? AfterId = null,
    int Cursor = 0,
    int? CompleteListSize = null)
{
    public bool Includes(DateTimeOffset datestamp) =>
        (From is null || datestamp >= From) && (Until is null || datestamp <= Until);
}
