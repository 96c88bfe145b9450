using System.Globalization;
using System.Xml;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Hub.Oai.Formats;

/// <summary>
/// <c>lrmi</c>: the hub's LRMI/schema.org <c>LearningResource</c> view as XML (element names are the
/// schema.org properties), described by <c>lrmi.xsd</c>, which the endpoint serves next to itself.
/// Taxonomy values carry their stable ID in <c>id</c> and their English label as text.
/// </summary>
public sealed class LrmiFormat(HubTaxonomy taxonomy) : IOaiMetadataFormat
{
    public const string LrmiNamespace = "urn:x-gosafer:oai-lrmi:1.0";
    public const string SchemaFile = "lrmi.xsd";

    public string Prefix => "lrmi";

    public string Namespace => LrmiNamespace;

    public string SchemaUrl(string baseUrl) => $"{baseUrl}/{SchemaFile}";

    public void Write(XmlWriter writer, OaiItem item, string baseUrl)
    {
        var (resource, entry) = (item.Resource, item.Entry);
        writer.WriteStartElement("lrmi", "learningResource", LrmiNamespace);
        writer.WriteAttributeString("xsi", "schemaLocation", OaiXml.XsiNamespace, $"{LrmiNamespace} {SchemaUrl(baseUrl)}");
        Element(writer, "identifier", resource.Id);
        Element(writer, "name", resource.Title);
        Element(writer, "description", resource.Description);
        Element(writer, "url", resource.Url);
        Element(writer, "publisher", resource.Organization);
        foreach (var language in entry.Languages)
        {
            Element(writer, "inLanguage", language);
        }

        if (entry.AgeMin is not null || entry.AgeMax is not null)
        {
            Element(writer, "typicalAgeRange", $"{entry.AgeMin ?? 0}-{entry.AgeMax?.ToString(CultureInfo.InvariantCulture)}");
        }

        Concepts(writer, "educationalAudience", Facets.Audience, entry.Audiences);
        Concepts(writer, "learningResourceType", Facets.Type, entry.ResourceType is { } type ? [type] : []);
        Concepts(writer, "about", Facets.Harm, entry.Harms);
        foreach (var country in entry.Countries)
        {
            Element(writer, "spatialCoverage", country);
        }

        if (resource.License is { } license)
        {
            Element(writer, "license", license);
        }

        if (resource.PublishedYear is { } year)
        {
            Element(writer, "datePublished", year.ToString("D4", CultureInfo.InvariantCulture));
        }

        Element(writer, "dateModified", OaiDatestamp.Format(resource.UpdatedAt));
        Concepts(writer, "evidenceLevel", Facets.Evidence, resource.Evidence?.Level is { } level ? [level] : []);
        foreach (var citation in resource.Evidence?.Citations ?? [])
        {
            writer.WriteStartElement("citation", LrmiNamespace);
            Attribute(writer, "doi", citation.Doi);
            Attribute(writer, "url", citation.Url);
            writer.WriteString(OaiXml.Clean(citation.Text ?? citation.Doi ?? citation.Url ?? ""));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private void Concepts(XmlWriter writer, string name, string facet, IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            writer.WriteStartElement(name, LrmiNamespace);
            writer.WriteAttributeString("id", id);
            writer.WriteString(OaiXml.Clean(taxonomy.Label(facet, id, "en")));
            writer.WriteEndElement();
        }
    }

    private static void Attribute(XmlWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteAttributeString(name, OaiXml.Clean(value));
        }
    }

    private static void Element(XmlWriter writer, string name, string value) =>
        writer.WriteElementString(name, LrmiNamespace, OaiXml.Clean(value));
}
