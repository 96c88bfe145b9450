using System.Globalization;
using System.Xml;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Hub.Oai.Formats;

/// <summary>
/// <c>oai_dc</c>, the simple Dublin Core every OAI-PMH repository must offer. Harm types are
/// subjects, the organisation the publisher, the resource's own URL the identifier, countries the
/// coverage; labels are the taxonomy's English ones.
/// </summary>
public sealed class DublinCoreFormat(HubTaxonomy taxonomy) : IOaiMetadataFormat
{
    public const string OaiDcNamespace = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public const string DcNamespace = "http://purl.org/dc/elements/1.1/";

    public string Prefix => "oai_dc";

    public string Namespace => OaiDcNamespace;

    public string SchemaUrl(string baseUrl) => "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";

    public void Write(XmlWriter writer, OaiItem item, string baseUrl)
    {
        var (resource, entry) = (item.Resource, item.Entry);
        writer.WriteStartElement("oai_dc", "dc", OaiDcNamespace);
        writer.WriteAttributeString("xmlns", "dc", null, DcNamespace);
        writer.WriteAttributeString("xsi", "schemaLocation", OaiXml.XsiNamespace, $"{OaiDcNamespace} {SchemaUrl(baseUrl)}");
        Element(writer, "title", resource.Title);
        foreach (var harm in entry.Harms)
        {
            Element(writer, "subject", taxonomy.Label(Facets.Harm, harm, "en"), "en");
        }

        Element(writer, "description", resource.Description);
        Element(writer, "publisher", resource.Organization);
        if (resource.PublishedYear is { } year)
        {
            Element(writer, "date", year.ToString(CultureInfo.InvariantCulture));
        }

        if (entry.ResourceType is { } type)
        {
            Element(writer, "type", taxonomy.Label(Facets.Type, type, "en"), "en");
        }

        Element(writer, "identifier", resource.Url);
        foreach (var language in entry.Languages)
        {
            Element(writer, "language", language);
        }

        foreach (var citation in resource.Evidence?.Citations ?? [])
        {
            if (citation.Doi is { } doi)
            {
                Element(writer, "relation", $"https://doi.org/{doi}");
            }
            else if (citation.Url is { } url)
            {
                Element(writer, "relation", url);
            }
        }

        foreach (var country in entry.Countries)
        {
            Element(writer, "coverage", country);
        }

        if (resource.License is { } license)
        {
            Element(writer, "rights", license);
        }

        writer.WriteEndElement();
    }

    private static void Element(XmlWriter writer, string name, string value, string? language = null)
    {
        writer.WriteStartElement("dc", name, DcNamespace);
        if (language is not null)
        {
            writer.WriteAttributeString("xml", "lang", null, language);
        }

        writer.WriteString(OaiXml.Clean(value));
        writer.WriteEndElement();
    }
}
