namespace GoSafer.Hub.Oai;

/// <summary>An OAI-PMH error condition (protocol section 3.6); it travels in an HTTP 200 response.</summary>
public sealed record OaiError(string Code, string Message)
{
    public const string BadArgument = "badArgument";
    public const string BadResumptionToken = "badResumptionToken";
    public const string BadVerb = "badVerb";
    public const string CannotDisseminateFormat = "cannotDisseminateFormat";
    public const string IdDoesNotExist = "idDoesNotExist";
    public const string NoRecordsMatch = "noRecordsMatch";
    public const string NoMetadataFormats = "noMetadataFormats";
    public const string NoSetHierarchy = "noSetHierarchy";

    /// <summary>With these the request was not understood, so the response echoes no arguments.</summary>
    public bool SuppressesRequestEcho => Code is BadVerb or BadArgument;
}
