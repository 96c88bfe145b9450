using System.Xml;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Oai.Verbs;

/// <summary>
/// <c>Identify</c> (protocol 4.2), with an oai-identifier description. <c>deletedRecord</c> is "no":
/// withdrawing a resource deletes its published record, so the repository keeps no trace to report.
/// </summary>
public sealed class IdentifyVerb(OaiCatalog catalog, OaiIdentifiers identifiers, IOptions<OaiOptions> options) : IOaiVerb
{
    public const string OaiIdentifierNamespace = "http://www.openarchives.org/OAI/2.0/oai-identifier";

    public string Verb => OaiVerbs.Identify;

    public async Task<OaiOutcome> HandleAsync(OaiRequest request, OaiContext context, CancellationToken cancellationToken)
    {
        var earliest = await catalog.EarliestDatestampAsync(context.ResponseDate, cancellationToken);
        var o = options.Value;
        return OaiOutcome.Ok((output, _) =>
        {
            var w = output.Writer;
            w.WriteStartElement(Verb, OaiXml.OaiNamespace);
            w.WriteElementString("repositoryName", OaiXml.OaiNamespace, o.RepositoryName);
            w.WriteElementString("baseURL", OaiXml.OaiNamespace, context.BaseUrl);
            w.WriteElementString("protocolVersion", OaiXml.OaiNamespace, "2.0");
            w.WriteElementString("adminEmail", OaiXml.OaiNamespace, o.AdminEmail);
            w.WriteElementString("earliestDatestamp", OaiXml.OaiNamespace, OaiDatestamp.Format(earliest));
            w.WriteElementString("deletedRecord", OaiXml.OaiNamespace, "no");
            w.WriteElementString("granularity", OaiXml.OaiNamespace, OaiDatestamp.SecondsGranularity);
            w.WriteStartElement("description", OaiXml.OaiNamespace);
            WriteOaiIdentifier(w, o.RepositoryIdentifier);
            w.WriteEndElement();
            w.WriteEndElement();
            return Task.CompletedTask;
        });
    }

    private void WriteOaiIdentifier(XmlWriter w, string repositoryIdentifier)
    {
        w.WriteStartElement("oai-identifier", OaiIdentifierNamespace);
        w.WriteAttributeString("xsi", "schemaLocation", OaiXml.XsiNamespace, $"{OaiIdentifierNamespace} http://www.openarchives.org/OAI/2.0/oai-identifier.xsd");
        w.WriteElementString("scheme", OaiIdentifierNamespace, "oai");
        w.WriteElementString("repositoryIdentifier", OaiIdentifierNamespace, repositoryIdentifier);
        w.WriteElementString("delimiter", OaiIdentifierNamespace, ":");
        w.WriteElementString("sampleIdentifier", OaiIdentifierNamespace, identifiers.Sample);
        w.WriteEndElement();
    }
}
