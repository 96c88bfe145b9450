using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Oai;

/// <summary>
/// An OAI-PMH response: always HTTP 200 and <c>text/xml</c> (errors are protocol content, section
/// 3.6), written straight to the response body.
/// </summary>
public sealed class OaiXmlResult(OaiContext context, IReadOnlyList<KeyValuePair<string, string>> arguments, OaiOutcome outcome) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var cancellationToken = httpContext.RequestAborted;
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = OaiXml.ContentType;
        await using var output = new OaiXmlOutput(httpContext.Response.Body);
        var echo = outcome.Errors.Any(e => e.SuppressesRequestEcho) ? null : arguments;
        OaiEnvelope.Start(output.Writer, context.ResponseDate, context.BaseUrl, echo);
        if (outcome.Body is null)
        {
            OaiEnvelope.Errors(output.Writer, outcome.Errors);
        }
        else
        {
            await outcome.Body(output, cancellationToken);
        }

        output.Writer.WriteEndElement();
        output.Writer.WriteEndDocument();
        await output.FlushAsync(cancellationToken);
    }
}
