namespace GoSafer.Hub.Oai;

/// <summary>The six verbs and the arguments each accepts (protocol section 4).</summary>
public static class OaiVerbs
{
    public const string Identify = "Identify";
    public const string ListMetadataFormats = "ListMetadataFormats";
    public const string ListSets = "ListSets";
    public const string GetRecord = "GetRecord";
    public const string ListIdentifiers = "ListIdentifiers";
    public const string ListRecords = "ListRecords";

    public const string ResumptionToken = "resumptionToken";

    /// <summary>Required and optional arguments per verb; <c>resumptionToken</c>, where allowed, is exclusive.</summary>
    internal static IReadOnlyDictionary<string, (string[] Required, string[] Optional)> Arguments { get; } =
        new Dictionary<string, (string[], string[])>(StringComparer.Ordinal)
        {
            [Identify] = ([], []),
            [ListMetadataFormats] = ([], ["identifier"]),
            [ListSets] = ([], [ResumptionToken]),
            [GetRecord] = (["identifier", "metadataPrefix"], []),
            [ListIdentifiers] = (["metadataPrefix"], ["from", "until", "set", ResumptionToken]),
            [ListRecords] = (["metadataPrefix"], ["from", "until", "set", ResumptionToken]),
        };
}
