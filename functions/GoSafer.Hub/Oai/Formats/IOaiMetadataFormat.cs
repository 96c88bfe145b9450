using System.Xml;

namespace GoSafer.Hub.Oai.Formats;

/// <summary>A metadata format the repository disseminates every item in.</summary>
public interface IOaiMetadataFormat
{
    string Prefix { get; }

    string Namespace { get; }

    /// <summary>The schema's URL; <paramref name="baseUrl"/> is the OAI base URL, for schemas this repository serves.</summary>
    string SchemaUrl(string baseUrl);

    /// <summary>Writes the item's metadata as the one child element of <c>metadata</c>.</summary>
    void Write(XmlWriter writer, OaiItem item, string baseUrl);
}
