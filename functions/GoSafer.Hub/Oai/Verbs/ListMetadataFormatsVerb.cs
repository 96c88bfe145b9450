using GoSafer.Hub.Oai.Formats;

namespace GoSafer.Hub.Oai.Verbs;

/// <summary>
/// <c>ListMetadataFormats</c> (protocol 4.4). Every item is disseminated in every format, so
/// <c>noMetadataFormats</c> never arises; an unknown item is <c>idDoesNotExist</c>.
/// </summary>
public sealed class ListMetadataFormatsVerb(OaiCatalog catalog, OaiFormats formats, OaiIdentifiers identifiers) : IOaiVerb
{
    public string Verb => OaiVerbs.ListMetadataFormats;

    public async Task<OaiOutcome> HandleAsync(OaiRequest request, OaiContext context, CancellationToken cancellationToken)
    {
        if (request.Identifier is { } identifier
            && (identifiers.ResourceId(identifier) is not { } id || await catalog.GetAsync(id, cancellationToken) is null))
        {
            return OaiOutcome.Fail(OaiError.IdDoesNotExist, $"No item has the identifier '{identifier}'.");
        }

        return OaiOutcome.Ok((output, _) =>
        {
            var w = output.Writer;
            w.WriteStartElement(Verb, OaiXml.OaiNamespace);
            foreach (var format in formats.All)
            {
                w.WriteStartElement("metadataFormat", OaiXml.OaiNamespace);
                w.WriteElementString("metadataPrefix", OaiXml.OaiNamespace, format.Prefix);
                w.WriteElementString("schema", OaiXml.OaiNamespace, format.SchemaUrl(context.BaseUrl));
                w.WriteElementString("metadataNamespace", OaiXml.OaiNamespace, format.Namespace);
                w.WriteEndElement();
            }

            w.WriteEndElement();
            return Task.CompletedTask;
        });
    }
}
