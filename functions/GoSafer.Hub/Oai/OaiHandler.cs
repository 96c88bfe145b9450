using System.Collections.Frozen;
using GoSafer.Hub.Oai.Verbs;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Oai;

/// <summary>
/// <c>GET</c> and <c>POST /api/oai</c>: the OAI-PMH 2.0 endpoint. Reads the arguments, lets the
/// parser judge them, and hands a well-formed request to its verb.
/// </summary>
public sealed class OaiHandler(IEnumerable<IOaiVerb> verbs, TimeProvider time)
{
    private readonly FrozenDictionary<string, IOaiVerb> _verbs = verbs.ToFrozenDictionary(v => v.Verb, StringComparer.Ordinal);

    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var context = new OaiContext(BaseUrl(request), time.GetUtcNow());
        var arguments = await OaiArgumentReader.ReadAsync(request, cancellationToken);
        var (parsed, errors) = OaiRequestParser.Parse(arguments, context.ResponseDate);
        var outcome = parsed is null
            ? new OaiOutcome(errors, null)
            : await _verbs[parsed.Verb].HandleAsync(parsed, context, cancellationToken);
        return new OaiXmlResult(context, arguments, outcome);
    }

    /// <summary><c>GET /api/oai/lrmi.xsd</c>: the schema of the <c>lrmi</c> format, so its schema URL resolves.</summary>
    public static IResult LrmiSchema() => TypedResults.Stream(
        typeof(OaiHandler).Assembly.GetManifestResourceStream(SchemaResource)!, "application/xml");

    public const string SchemaResource = "GoSafer.Hub.Oai.lrmi.xsd";

    /// <summary>The URL the harvester called, without arguments: the protocol's base URL.</summary>
    private static string BaseUrl(HttpRequest request) =>
        $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}{request.Path.ToUriComponent()}";
}
