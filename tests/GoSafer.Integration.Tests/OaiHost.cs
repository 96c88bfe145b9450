using System.Net;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using GoSafer.Hub.Publishing;
using GoSafer.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GoSafer.Integration.Tests;

/// <summary>
/// A host of its own for the OAI-PMH tests: the 70 demo resources, untouched by other test classes,
/// and a small page size so every list spans several responses.
/// </summary>
public sealed class OaiHost : HubHost
{
    public const int PageSize = 8;

    public static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";
    public static readonly XNamespace OaiDc = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Lrmi = "urn:x-gosafer:oai-lrmi:1.0";

    private static readonly Lazy<XmlSchemaSet> Schemas = new(LoadSchemas);

    protected override IEnumerable<string> ExtraArgs => [.. base.ExtraArgs, $"--GoSafer:Oai:PageSize={PageSize}"];

    public string BaseUrl => new Uri(Client.BaseAddress!, "/api/oai").ToString();

    public static string IdentifierOf(string resourceId) => $"oai:gosafer.example.org:{resourceId}";

    /// <summary>What the repository should hold: the published resources in the record store.</summary>
    public async Task<List<PublishedResource>> PublishedAsync() =>
        await Services.GetRequiredService<PublishedResourceRepository>().ListAsync(default).ToListAsync();

    /// <summary>GET /api/oai with a raw query string; the answer must be 200, text/xml and schema-valid.</summary>
    public async Task<XDocument> GetAsync(string query)
    {
        using var response = await Client.GetAsync($"/api/oai?{query}");
        return await ReadAsync(response);
    }

    public async Task<XDocument> PostAsync(IEnumerable<KeyValuePair<string, string>> arguments)
    {
        using var content = new FormUrlEncodedContent(arguments);
        using var response = await Client.PostAsync("/api/oai", content);
        return await ReadAsync(response);
    }

    public static async Task<XDocument> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return Validate(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Parses <paramref name="xml"/> while validating it against OAI-PMH.xsd and the metadata schemas.</summary>
    public static XDocument Validate(string xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Schemas.Value,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.AllowXmlAttributes,
            XmlResolver = null,
            DtdProcessing = DtdProcessing.Prohibit,
        };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + xml[..Math.Min(xml.Length, 3000)]);
        return document;
    }

    private static XmlSchemaSet LoadSchemas()
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        foreach (var file in new[] { "OAI-PMH.xsd", "oai_dc.xsd", "oai-identifier.xsd" })
        {
            set.Add(null, RepositoryPaths.Combine("tests", "GoSafer.Integration.Tests", "OaiSchemas", file));
        }

        set.Add(null, RepositoryPaths.Combine("functions", "GoSafer.Hub", "Oai", "Formats", "lrmi.xsd"));
        set.Compile();
        return set;
    }
}

[CollectionDefinition(Name)]
public sealed class OaiHostCollection : ICollectionFixture<OaiHost>
{
    public const string Name = "OAI-PMH host";
}
