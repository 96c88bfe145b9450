namespace GoSafer.Hub.Oai.Verbs;

/// <summary>One of the six verbs, given a request the parser accepted.</summary>
public interface IOaiVerb
{
    string Verb { get; }

    Task<OaiOutcome> HandleAsync(OaiRequest request, OaiContext context, CancellationToken cancellationToken);
}
