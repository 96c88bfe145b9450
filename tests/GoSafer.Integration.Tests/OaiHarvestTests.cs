using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using GoSafer.Hub.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace GoSafer.Integration.Tests;

/// <summary>Selective and complete harvesting: resumption tokens, from/until, sets, POST.</summary>
[Collection(OaiHostCollection.Name)]
public sealed class OaiHarvestTests(OaiHost host)
{
    private static readonly XNamespace Oai = OaiHost.Oai;

    /// <summary>
    /// Follows resumption tokens to the end, checking each page's cursor and completeListSize, and
    /// returns every header in the order received.
    /// </summary>
    private async Task<List<(string Identifier, DateTimeOffset Datestamp, IReadOnlyList<string> Sets)>> HarvestAsync(string verb, string arguments)
    {
        var headers = new List<(string, DateTimeOffset, IReadOnlyList<string>)>();
        var query = $"verb={verb}&{arguments}";
        int? size = null;
        for (var page = 0; ; page++)
        {
            var container = OaiAssert.Verb(await host.GetAsync(query), host.BaseUrl, verb, OaiAssert.Echo(query));
            var items = container.Elements().Where(e => e.Name != Oai + "resumptionToken").ToList();
            Assert.InRange(items.Count, 1, OaiHost.PageSize);
            headers.AddRange(items.Select(i => OaiAssert.Header(verb == "ListRecords" ? i.Element(Oai + "header")! : i)));
            if (verb == "ListRecords")
            {
                Assert.All(items, i => Assert.Single(i.Element(Oai + "metadata")!.Elements()));
            }

            var token = container.Element(Oai + "resumptionToken");
            if (token is null)
            {
                Assert.Equal(0, page);
                return headers;
            }

            Assert.Same(token, container.Elements().Last());
            Assert.Equal(page * OaiHost.PageSize, int.Parse(token.Attribute("cursor")!.Value));
            size ??= int.Parse(token.Attribute("completeListSize")!.Value);
            Assert.Equal(size, int.Parse(token.Attribute("completeListSize")!.Value));
            if (token.Value.Length == 0)
            {
                Assert.Equal(size, headers.Count);
                return headers;
            }

            query = $"verb={verb}&resumptionToken={Uri.EscapeDataString(token.Value)}";
        }
    }

    [Theory]
    [InlineData("ListIdentifiers", "oai_dc")]
    [InlineData("ListRecords", "oai_dc")]
    [InlineData("ListRecords", "lrmi")]
    public async Task Resumption_tokens_walk_every_published_resource_exactly_once(string verb, string prefix)
    {
        var published = await host.PublishedAsync();
        var harvested = await HarvestAsync(verb, $"metadataPrefix={prefix}");

        Assert.True(published.Count > 2 * OaiHost.PageSize, "the list should span several pages");
        Assert.Equal(published.Select(r => OaiHost.IdentifierOf(r.Id)).Order(StringComparer.Ordinal), harvested.Select(h => h.Identifier));
        var datestamps = published.ToDictionary(r => OaiHost.IdentifierOf(r.Id), r => r.UpdatedAt.ToUnixTimeSeconds());
        Assert.All(harvested, h => Assert.Equal(datestamps[h.Identifier], h.Datestamp.ToUnixTimeSeconds()));
    }

    [Fact]
    public async Task From_and_until_select_by_datestamp_inclusively_at_both_granularities()
    {
        var published = await host.PublishedAsync();
        var stamps = published.Select(r => r.UpdatedAt.ToUniversalTime()).Order().ToList();
        var (from, until) = (stamps[stamps.Count / 4], stamps[3 * stamps.Count / 4]);
        string Ids(Func<DateTimeOffset, bool> keep) => string.Join(",", published
            .Where(r => keep(r.UpdatedAt.ToUniversalTime())).Select(r => OaiHost.IdentifierOf(r.Id)).Order(StringComparer.Ordinal));
        async Task<string> HarvestedAsync(string arguments) =>
            string.Join(",", (await HarvestAsync("ListIdentifiers", $"metadataPrefix=oai_dc&{arguments}")).Select(h => h.Identifier));

        Assert.Equal(Ids(d => d >= from && d <= until),
            await HarvestedAsync($"from={from:yyyy-MM-dd'T'HH:mm:ss'Z'}&until={until:yyyy-MM-dd'T'HH:mm:ss'Z'}"));
        Assert.Equal(Ids(d => d >= from), await HarvestedAsync($"from={from:yyyy-MM-dd'T'HH:mm:ss'Z'}"));
        Assert.Equal(Ids(d => d.Date >= from.Date && d.Date <= until.Date), await HarvestedAsync($"from={from:yyyy-MM-dd}&until={until:yyyy-MM-dd}"));
        Assert.Equal(Ids(d => d.Date <= until.Date), await HarvestedAsync($"until={until:yyyy-MM-dd}"));
    }

    [Theory]
    [InlineData("harm:ocsea", "harm=ocsea")]
    [InlineData("harm:ocsea:grooming", "harm=ocsea/grooming")]
    [InlineData("lang:fr", "lang=fr")]
    [InlineData("age:13-15", "age=13-15")]
    [InlineData("type:lesson-plan", "type=lesson-plan")]
    [InlineData("audience:parents-caregivers", "audience=parents-caregivers")]
    [InlineData("evidence:evaluated-effective", "evidence=evaluated-effective")]
    public async Task A_set_holds_exactly_what_the_same_search_filter_finds(string set, string filter)
    {
        var search = await host.GetJsonAsync($"/api/search?{filter}&pageSize=100");
        var expected = search["results"]!.AsArray().Select(r => OaiHost.IdentifierOf(r!["id"]!.GetValue<string>())).Order(StringComparer.Ordinal).ToList();

        var harvested = await HarvestAsync("ListIdentifiers", $"metadataPrefix=lrmi&set={set}");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, harvested.Select(h => h.Identifier));
        Assert.All(harvested, h => Assert.Contains(set, h.Sets));
    }

    [Fact]
    public async Task A_parent_harm_set_includes_every_item_of_its_child_sets()
    {
        var parent = (await HarvestAsync("ListIdentifiers", "metadataPrefix=oai_dc&set=harm:ocsea")).Select(h => h.Identifier).ToHashSet();
        var children = (await HarvestAsync("ListIdentifiers", "metadataPrefix=oai_dc&set=harm:ocsea:grooming")).Select(h => h.Identifier).ToList();

        Assert.NotEmpty(children);
        Assert.True(parent.Count > children.Count);
        Assert.All(children, c => Assert.Contains(c, parent));
    }

    /// <summary>An explicit until keeps resumption tokens identical (without one a harvest is pinned to its start second).</summary>
    [Theory]
    [InlineData("verb=Identify")]
    [InlineData("verb=ListSets")]
    [InlineData("verb=ListRecords&metadataPrefix=lrmi&set=lang:fr&until=2030-01-01")]
    [InlineData("verb=GetRecord&identifier=oai:gosafer.example.org:demo-001&metadataPrefix=oai_dc")]
    [InlineData("verb=ListIdentifiers")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2100-01-01")]
    public async Task Post_answers_exactly_as_get(string query)
    {
        using var get = await host.Client.GetAsync($"/api/oai?{query}");
        var arguments = query.Split('&').Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], p[1]));
        using var post = await host.Client.PostAsync("/api/oai", new FormUrlEncodedContent(arguments));

        var (viaGet, viaPost) = (await get.Content.ReadAsStringAsync(), await post.Content.ReadAsStringAsync());
        OaiHost.Validate(viaPost);
        Assert.Equal(get.Content.Headers.ContentType, post.Content.Headers.ContentType);
        Assert.Equal(OaiAssert.WithoutResponseDate(viaGet), OaiAssert.WithoutResponseDate(viaPost));
    }

    /// <summary>Welsh is outside the taxonomy's content languages, which any ISO 639-1 code may be.</summary>
    [Fact]
    public async Task A_published_resource_is_harvested_in_its_language_set_until_withdrawn_and_no_contact_ever_appears()
    {
        var marker = "oaicontact" + Guid.NewGuid().ToString("N")[..8];
        var body = Samples.Resource(marker);
        body["languages"] = new JsonArray("cy");
        using var submitted = await host.Client.PostAsJsonAsync("/api/resources", body);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var publisher = host.Services.GetRequiredService<ResourcePublisher>();
        await publisher.PublishAsync(id, default);
        try
        {
            var getRecord = $"verb=GetRecord&identifier={OaiHost.IdentifierOf(id)}&metadataPrefix=lrmi";
            var record = OaiAssert.Verb(await host.GetAsync(getRecord), host.BaseUrl, "GetRecord", OaiAssert.Echo(getRecord));
            Assert.Equal(id, record.Descendants(OaiHost.Lrmi + "identifier").Single().Value);
            foreach (var prefix in new[] { "oai_dc", "lrmi" })
            {
                var harvested = await HarvestAsync("ListRecords", $"metadataPrefix={prefix}&from=2026-01-01");
                Assert.Contains(OaiHost.IdentifierOf(id), harvested.Select(h => h.Identifier));
                var xml = (await host.GetAsync(getRecord.Replace("lrmi", prefix, StringComparison.Ordinal))).ToString();
                Assert.DoesNotContain(marker, xml, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("@example.org", xml, StringComparison.OrdinalIgnoreCase);
            }

            Assert.Equal([OaiHost.IdentifierOf(id)], (await HarvestAsync("ListIdentifiers", "metadataPrefix=oai_dc&set=lang:cy")).Select(h => h.Identifier));
            var sets = (await host.GetAsync("verb=ListSets")).Descendants(Oai + "setSpec").Select(e => e.Value);
            Assert.Contains("lang:cy", sets);
        }
        finally
        {
            await publisher.WithdrawAsync(id, default);
        }

        var gone = $"verb=GetRecord&identifier={OaiHost.IdentifierOf(id)}&metadataPrefix=oai_dc";
        Assert.Equal(["idDoesNotExist"], OaiAssert.Errors(await host.GetAsync(gone), host.BaseUrl, OaiAssert.Echo(gone)));
        var all = await HarvestAsync("ListIdentifiers", "metadataPrefix=oai_dc");
        Assert.DoesNotContain(OaiHost.IdentifierOf(id), all.Select(h => h.Identifier));
    }
}
