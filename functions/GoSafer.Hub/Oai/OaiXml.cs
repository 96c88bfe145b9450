using System.Text;
using System.Xml;

namespace GoSafer.Hub.Oai;

/// <summary>Namespaces and text rules shared by the envelope and the metadata formats.</summary>
public static class OaiXml
{
    public const string OaiNamespace = "http://www.openarchives.org/OAI/2.0/";
    public const string OaiSchema = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
    public const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    public const string ContentType = "text/xml; charset=utf-8";

    /// <summary>Drops the characters XML 1.0 cannot carry (C0 controls, lone surrogates), which a record could hold.</summary>
    public static string Clean(string value)
    {
        if (value.All(XmlConvert.IsXmlChar))
        {
            return value;
        }

        var cleaned = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (XmlConvert.IsXmlChar(value[i]))
            {
                cleaned.Append(value[i]);
            }
            else if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
            {
                cleaned.Append(value, i++, 2);
            }
        }

        return cleaned.ToString();
    }
}
