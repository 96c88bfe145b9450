using System.Xml;

namespace GoSafer.Hub.Oai;

/// <summary>
/// The parts every response shares (protocol section 3.2): the <c>OAI-PMH</c> root, <c>responseDate</c>,
/// the <c>request</c> echo, and the elements the list verbs repeat (<c>header</c>, <c>resumptionToken</c>).
/// </summary>
public static class OaiEnvelope
{
    /// <summary>Opens the root; <paramref name="echo"/> null writes the bare base URL that badVerb and badArgument call for.</summary>
    public static void Start(XmlWriter writer, DateTimeOffset responseDate, string baseUrl, IReadOnlyList<KeyValuePair<string, string>>? echo)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement("OAI-PMH", OaiXml.OaiNamespace);
        writer.WriteAttributeString("xmlns", "xsi", null, OaiXml.XsiNamespace);
        writer.WriteAttributeString("xsi", "schemaLocation", OaiXml.XsiNamespace, $"{OaiXml.OaiNamespace} {OaiXml.OaiSchema}");
        writer.WriteElementString("responseDate", OaiXml.OaiNamespace, OaiDatestamp.Format(responseDate));
        writer.WriteStartElement("request", OaiXml.OaiNamespace);
        foreach (var (name, value) in echo ?? [])
        {
            writer.WriteAttributeString(name, OaiXml.Clean(value));
        }

        writer.WriteString(baseUrl);
        writer.WriteEndElement();
    }

    public static void Errors(XmlWriter writer, IEnumerable<OaiError> errors)
    {
        foreach (var error in errors)
        {
            writer.WriteStartElement("error", OaiXml.OaiNamespace);
            writer.WriteAttributeString("code", error.Code);
            writer.WriteString(OaiXml.Clean(error.Message));
            writer.WriteEndElement();
        }
    }

    public static void Header(XmlWriter writer, string identifier, OaiItem item)
    {
        writer.WriteStartElement("header", OaiXml.OaiNamespace);
        writer.WriteElementString("identifier", OaiXml.OaiNamespace, identifier);
        writer.WriteElementString("datestamp", OaiXml.OaiNamespace, OaiDatestamp.Format(item.Datestamp));
        foreach (var set in item.Sets)
        {
            writer.WriteElementString("setSpec", OaiXml.OaiNamespace, set);
        }

        writer.WriteEndElement();
    }

    public static void Record(XmlWriter writer, string identifier, OaiItem item, Formats.IOaiMetadataFormat format, string baseUrl)
    {
        writer.WriteStartElement("record", OaiXml.OaiNamespace);
        Header(writer, identifier, item);
        writer.WriteStartElement("metadata", OaiXml.OaiNamespace);
        format.Write(writer, item, baseUrl);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>A token for the next page, or the empty one that closes a list split over several responses.</summary>
    public static void ResumptionToken(XmlWriter writer, string? token, int completeListSize, int cursor)
    {
        writer.WriteStartElement("resumptionToken", OaiXml.OaiNamespace);
        writer.WriteAttributeString("completeListSize", completeListSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteAttributeString("cursor", cursor.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString(token ?? "");
        writer.WriteEndElement();
    }
}
