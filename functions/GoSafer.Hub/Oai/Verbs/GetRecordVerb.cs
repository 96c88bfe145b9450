using GoSafer.Hub.Oai.Formats;

namespace GoSafer.Hub.Oai.Verbs;

/// <summary><c>GetRecord</c> (protocol 4.1): one published resource in one format.</summary>
public sealed class GetRecordVerb(OaiCatalog catalog, OaiFormats formats, OaiIdentifiers identifiers) : IOaiVerb
{
    public string Verb => OaiVerbs.GetRecord;

    public async Task<OaiOutcome> HandleAsync(OaiRequest request, OaiContext context, CancellationToken cancellationToken)
    {
        var identifier = request.Identifier!;
        var errors = new List<OaiError>();
        var item = identifiers.ResourceId(identifier) is { } id ? await catalog.GetAsync(id, cancellationToken) : null;
        if (item is null)
        {
            errors.Add(new OaiError(OaiError.IdDoesNotExist, $"No item has the identifier '{identifier}'."));
        }

        var format = formats.Find(request.MetadataPrefix!);
        if (format is null)
        {
            errors.Add(new OaiError(OaiError.CannotDisseminateFormat, $"'{request.MetadataPrefix}' is not a metadata format of this repository."));
        }

        if (errors.Count > 0)
        {
            return new OaiOutcome(errors, null);
        }

        return OaiOutcome.Ok((output, _) =>
        {
            output.Writer.WriteStartElement(Verb, OaiXml.OaiNamespace);
            OaiEnvelope.Record(output.Writer, identifier, item!, format!, context.BaseUrl);
            output.Writer.WriteEndElement();
            return Task.CompletedTask;
        });
    }
}
