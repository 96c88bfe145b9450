namespace GoSafer.Hub.Oai;

/// <summary>Writes a verb's container element; it may flush between items to stream them.</summary>
public delegate Task OaiBody(OaiXmlOutput output, CancellationToken cancellationToken);

/// <summary>What a verb answers: error conditions, or the body of its verb element.</summary>
public sealed record OaiOutcome(IReadOnlyList<OaiError> Errors, OaiBody? Body)
{
    public static OaiOutcome Fail(string code, string message) => new([new OaiError(code, message)], null);

    public static OaiOutcome Ok(OaiBody body) => new([], body);
}

/// <summary>Per-request facts a verb writes: the base URL the harvester used and the response date.</summary>
public sealed record OaiContext(string BaseUrl, DateTimeOffset ResponseDate);
