using System.Xml.Linq;

namespace GoSafer.Integration.Tests;

/// <summary>The six verbs and every error condition of OAI-PMH 2.0, each response schema-validated.</summary>
[Collection(OaiHostCollection.Name)]
public sealed class OaiProtocolTests(OaiHost host)
{
    private static readonly XNamespace Oai = OaiHost.Oai;

    [Fact]
    public async Task Identify_describes_the_repository_with_its_earliest_datestamp_and_identifier_scheme()
    {
        var identify = OaiAssert.Verb(await host.GetAsync("verb=Identify"), host.BaseUrl, "Identify", OaiAssert.Echo("verb=Identify"));

        var names = identify.Elements().Select(e => e.Name.LocalName).ToList();
        Assert.Equal(["repositoryName", "baseURL", "protocolVersion", "adminEmail", "earliestDatestamp", "deletedRecord", "granularity", "description"], names);
        Assert.Equal(host.BaseUrl, identify.Element(Oai + "baseURL")!.Value);
        Assert.Equal("2.0", identify.Element(Oai + "protocolVersion")!.Value);
        Assert.Equal("no", identify.Element(Oai + "deletedRecord")!.Value);
        Assert.Equal("YYYY-MM-DDThh:mm:ssZ", identify.Element(Oai + "granularity")!.Value);
        var earliest = (await host.PublishedAsync()).Min(r => r.UpdatedAt);
        Assert.Equal(earliest.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), identify.Element(Oai + "earliestDatestamp")!.Value);
        XNamespace scheme = "http://www.openarchives.org/OAI/2.0/oai-identifier";
        Assert.Equal("gosafer.example.org", identify.Descendants(scheme + "repositoryIdentifier").Single().Value);
    }

    [Fact]
    public async Task ListMetadataFormats_offers_oai_dc_and_lrmi_whose_schema_the_endpoint_serves()
    {
        var id = (await host.PublishedAsync())[0].Id;
        foreach (var query in new[] { "verb=ListMetadataFormats", $"verb=ListMetadataFormats&identifier={OaiHost.IdentifierOf(id)}" })
        {
            var formats = OaiAssert.Verb(await host.GetAsync(query), host.BaseUrl, "ListMetadataFormats", OaiAssert.Echo(query))
                .Elements(Oai + "metadataFormat")
                .ToDictionary(f => f.Element(Oai + "metadataPrefix")!.Value, f => (Schema: f.Element(Oai + "schema")!.Value, Ns: f.Element(Oai + "metadataNamespace")!.Value));
            Assert.Equal(("http://www.openarchives.org/OAI/2.0/oai_dc.xsd", "http://www.openarchives.org/OAI/2.0/oai_dc/"), formats["oai_dc"]);
            Assert.Equal(($"{host.BaseUrl}/lrmi.xsd", OaiHost.Lrmi.NamespaceName), formats["lrmi"]);
        }

        using var schema = await host.Client.GetAsync("/api/oai/lrmi.xsd");
        schema.EnsureSuccessStatusCode();
        var served = XDocument.Parse(await schema.Content.ReadAsStringAsync());
        Assert.Equal(OaiHost.Lrmi.NamespaceName, served.Root!.Attribute("targetNamespace")!.Value);
    }

    [Fact]
    public async Task ListSets_names_a_set_per_facet_value_with_harm_types_nested_under_their_parent()
    {
        var sets = OaiAssert.Verb(await host.GetAsync("verb=ListSets"), host.BaseUrl, "ListSets", OaiAssert.Echo("verb=ListSets"))
            .Elements(Oai + "set")
            .Select(s => (Spec: s.Element(Oai + "setSpec")!.Value, Name: s.Element(Oai + "setName")!.Value))
            .ToList();

        Assert.DoesNotContain(sets, s => s.Spec.Length == 0 || s.Name.Length == 0);
        Assert.Equal(sets.Count, sets.Select(s => s.Spec).Distinct().Count());
        foreach (var spec in new[] { "harm", "harm:ocsea", "harm:ocsea:grooming", "lang:fr", "age:9-12", "type:lesson-plan", "audience:educators", "evidence:evaluated-effective" })
        {
            Assert.Contains(sets, s => s.Spec == spec);
        }

        // Every level of a hierarchical spec is itself a set, and comes before its children.
        foreach (var (spec, index) in sets.Select((s, i) => (s.Spec, i)).Where(s => s.Spec.Contains(':')))
        {
            var parent = spec[..spec.LastIndexOf(':')];
            Assert.True(sets.FindIndex(s => s.Spec == parent) is var p && p >= 0 && p < index, $"{spec} has no parent set {parent} before it");
        }

        Assert.Contains(sets, s => s.Spec == "harm:ocsea:grooming" && s.Name.Contains("grooming", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GetRecord_disseminates_a_published_resource_in_both_formats()
    {
        var resource = (await host.PublishedAsync()).First(r => r.Evidence?.Level is not null && r.Harms.Count > 0 && r.AgeMin is not null);
        var identifier = OaiHost.IdentifierOf(resource.Id);

        var dcQuery = $"verb=GetRecord&identifier={identifier}&metadataPrefix=oai_dc";
        var record = OaiAssert.Verb(await host.GetAsync(dcQuery), host.BaseUrl, "GetRecord", OaiAssert.Echo(dcQuery)).Elements().Single();
        Assert.Equal(Oai + "record", record.Name);
        var header = OaiAssert.Header(record.Element(Oai + "header")!);
        Assert.Equal(identifier, header.Identifier);
        Assert.Equal(resource.UpdatedAt.ToUnixTimeSeconds(), header.Datestamp.ToUnixTimeSeconds());
        Assert.Contains($"evidence:{resource.Evidence!.Level}", header.Sets);
        Assert.Contains("harm:" + resource.Harms[0].Replace('/', ':'), header.Sets);
        var dc = record.Element(Oai + "metadata")!.Elements().Single();
        Assert.Equal(OaiHost.OaiDc + "dc", dc.Name);
        Assert.Equal(resource.Title, dc.Element(OaiHost.Dc + "title")!.Value);
        Assert.Equal(resource.Description, dc.Element(OaiHost.Dc + "description")!.Value);
        Assert.Equal(resource.Url, dc.Element(OaiHost.Dc + "identifier")!.Value);
        Assert.Equal(resource.Languages, dc.Elements(OaiHost.Dc + "language").Select(e => e.Value));

        var lrmiQuery = $"verb=GetRecord&identifier={identifier}&metadataPrefix=lrmi";
        var lrmi = OaiAssert.Verb(await host.GetAsync(lrmiQuery), host.BaseUrl, "GetRecord", OaiAssert.Echo(lrmiQuery))
            .Descendants(OaiHost.Lrmi + "learningResource").Single();
        Assert.Equal(resource.Id, lrmi.Element(OaiHost.Lrmi + "identifier")!.Value);
        Assert.Equal(resource.Title, lrmi.Element(OaiHost.Lrmi + "name")!.Value);
        Assert.Equal(resource.Languages, lrmi.Elements(OaiHost.Lrmi + "inLanguage").Select(e => e.Value));
        Assert.Equal($"{resource.AgeMin}-{resource.AgeMax}", lrmi.Element(OaiHost.Lrmi + "typicalAgeRange")!.Value);
        Assert.Equal(resource.Harms, lrmi.Elements(OaiHost.Lrmi + "about").Select(e => e.Attribute("id")!.Value));
        Assert.All(lrmi.Elements(OaiHost.Lrmi + "about"), e => Assert.False(string.IsNullOrWhiteSpace(e.Value)));
        Assert.Equal(resource.Audiences, lrmi.Elements(OaiHost.Lrmi + "educationalAudience").Select(e => e.Attribute("id")!.Value));
        Assert.Equal(resource.Evidence.Level, lrmi.Element(OaiHost.Lrmi + "evidenceLevel")!.Attribute("id")!.Value);
        Assert.Equal(resource.License, lrmi.Element(OaiHost.Lrmi + "license")?.Value);
        Assert.Equal(resource.Url, lrmi.Element(OaiHost.Lrmi + "url")!.Value);
    }

    /// <summary>badVerb and badArgument echo no arguments (protocol 3.2); every other error echoes them.</summary>
    [Theory]
    [InlineData("", "badVerb", false)]
    [InlineData("verb=Frobnicate", "badVerb", false)]
    [InlineData("verb=Identify&verb=Identify", "badVerb", false)]
    [InlineData("Verb=Identify", "badVerb", false)]
    [InlineData("verb=Identify&metadataPrefix=oai_dc", "badArgument", false)]
    [InlineData("verb=ListRecords", "badArgument", false)]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=lrmi", "badArgument", false)]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc", "badArgument", false)]
    [InlineData("verb=ListIdentifiers&metadataPrefix=oai_dc&resumptionToken=abc", "badArgument", false)]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2025-02-01&until=2025-01-01", "badArgument", false)]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2025-01-01&until=2025-02-01T00:00:00Z", "badArgument", false)]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2025-01-01T00:00:00", "badArgument", false)]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument", false)]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&set=harm%3A%3Aocsea", "badArgument", false)]
    [InlineData("verb=ListIdentifiers&resumptionToken=not-a-token", "badResumptionToken", true)]
    [InlineData("verb=ListSets&resumptionToken=MXxvYWlfZGN8fHx8ZGVtby0wMDh8OHw3MA", "badResumptionToken", true)]
    [InlineData("verb=ListRecords&resumptionToken=MXxtYXJjMjF8fHx8ZGVtby0wMDh8OHw3MA", "badResumptionToken", true)]
    [InlineData("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat", true)]
    [InlineData("verb=GetRecord&identifier=oai:gosafer.example.org:demo-001&metadataPrefix=marc21", "cannotDisseminateFormat", true)]
    [InlineData("verb=GetRecord&identifier=oai:gosafer.example.org:res_nosuchthing&metadataPrefix=oai_dc", "idDoesNotExist", true)]
    [InlineData("verb=GetRecord&identifier=oai:elsewhere.example.net:demo-001&metadataPrefix=oai_dc", "idDoesNotExist", true)]
    [InlineData("verb=ListMetadataFormats&identifier=oai:gosafer.example.org:res_nosuchthing", "idDoesNotExist", true)]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2100-01-01", "noRecordsMatch", true)]
    [InlineData("verb=ListIdentifiers&metadataPrefix=lrmi&until=1999-12-31T23:59:59Z", "noRecordsMatch", true)]
    [InlineData("verb=ListIdentifiers&metadataPrefix=lrmi&set=harm:no-such-harm", "noRecordsMatch", true)]
    public async Task Each_error_condition_gets_its_protocol_error_code(string query, string code, bool echoesArguments)
    {
        var errors = OaiAssert.Errors(await host.GetAsync(query), host.BaseUrl,
            echoesArguments ? OaiAssert.Echo(query) : new Dictionary<string, string>());

        Assert.Contains(code, errors);
        Assert.All(errors, e => Assert.Equal(code, e));
    }

    [Fact]
    public async Task A_missing_argument_and_an_unknown_one_are_both_reported()
    {
        var errors = OaiAssert.Errors(await host.GetAsync("verb=GetRecord&colour=blue"), host.BaseUrl, new Dictionary<string, string>());

        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Equal("badArgument", e));
    }
}
