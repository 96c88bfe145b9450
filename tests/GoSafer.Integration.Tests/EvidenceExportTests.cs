using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using GoSafer.Hub.Exports;
using GoSafer.Testing;

namespace GoSafer.Integration.Tests;

/// <summary>
/// <c>GET /api/evidence</c> over real HTTP: slices equal search's, every format round-trips through
/// a standard reader, paging serves each record once, and nothing private or unpublished leaks.
/// </summary>
[Collection(HubHostCollection.Name)]
public sealed class EvidenceExportTests(HubHost host)
{
    [Theory]
    [InlineData("")]
    [InlineData("harm=ocsea")]
    [InlineData("harm=ocsea/grooming&lang=en")]
    [InlineData("age=9-12&age=13-15&evidence=evaluated-effective,evaluated-promising")]
    [InlineData("lang=fr&type=lesson-plan")]
    [InlineData("audience=parents-caregivers&harm=ocsea,cyberbullying")]
    public async Task Export_filters_select_exactly_the_search_results(string filters)
    {
        await EvidenceCatalogFixture.PublishedIdAsync(host);
        var (records, _) = await EvidenceSlices.JsonAsync(host, filters);
        var searched = await EvidenceSlices.SearchIdsAsync(host, filters);
        Assert.NotEmpty(searched);
        Assert.Equal(searched.Order(StringComparer.Ordinal), records.Select(r => r["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Cursor_paging_serves_every_record_exactly_once_in_id_order()
    {
        await EvidenceCatalogFixture.PublishedIdAsync(host);
        var (paged, pages) = await EvidenceSlices.JsonAsync(host, "harm=ocsea", limit: 7);
        var (whole, _) = await EvidenceSlices.JsonAsync(host, "harm=ocsea");
        var ids = paged.Select(r => r["id"]!.GetValue<string>()).ToList();
        Assert.True(pages.Count > 2, $"expected several pages, got {pages.Count}");
        Assert.All(pages.SkipLast(1), size => Assert.Equal(7, size));
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(whole.Select(r => r["id"]!.GetValue<string>()), ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task Bad_export_parameters_get_problem_details_naming_every_field()
    {
        var first = await host.GetJsonAsync("/api/evidence?format=json&limit=2&harm=ocsea");
        var cursor = first["next"]!.GetValue<string>();
        using var response = await host.Client.GetAsync($"/api/evidence?format=xml&limit=0&q=grooming&harm=nonsense&cursor={cursor}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(["cursor", "format", "harm", "limit", "q"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));

        using var otherFilters = await host.Client.GetAsync($"/api/evidence?harm=cyberbullying&cursor={cursor}");
        Assert.Equal(HttpStatusCode.BadRequest, otherFilters.StatusCode);
        Assert.Contains("other filters", await otherFilters.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ndjson_streams_the_whole_slice_one_record_per_line()
    {
        await EvidenceCatalogFixture.PublishedIdAsync(host);
        using var response = await host.Client.GetAsync("/api/evidence?format=ndjson", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Equal("", lines[^1]);
        var records = lines[..^1].Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        var (json, _) = await EvidenceSlices.JsonAsync(host, "");
        Assert.Equal(json.Select(r => r.ToJsonString()), records.Select(r => r.ToJsonString()));
        Assert.Equal(records.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
        Assert.All(records, r =>
        {
            Assert.NotNull(r["publishedAt"]);
            Assert.NotNull(r["updatedAt"]);
            Assert.NotNull(r["evidence"]!["level"]);
        });
    }

    [Fact]
    public async Task Csv_parsed_back_by_a_csv_reader_equals_the_json_export()
    {
        await EvidenceCatalogFixture.PublishedIdAsync(host);
        using var response = await host.Client.GetAsync("/api/evidence?format=csv&harm=ocsea");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var csv = await response.Content.ReadAsStringAsync();
        var rows = JsonNode.Parse(await EvidenceNodeTools.NodeAsync(csv, "parse-csv.mjs"))!.AsArray();
        var (json, _) = await EvidenceSlices.JsonAsync(host, "harm=ocsea");
        Assert.Equal(json.Count, rows.Count);
        Assert.Equal(CsvEvidenceWriter.Header, rows[0]!.AsObject().Select(c => c.Key));
        foreach (var (row, record) in rows.Zip(json))
        {
            var cell = (string name) => Unneutralised(row![name]!.GetValue<string>());
            var list = (JsonNode? node) => string.Join(";", node!.AsArray().Select(v => v!.GetValue<string>()));
            Assert.Equal(record["id"]!.GetValue<string>(), cell("id"));
            Assert.Equal(record["title"]!.GetValue<string>(), cell("title"));
            Assert.Equal(record["description"]!.GetValue<string>(), cell("description"));
            Assert.Equal(record["organization"]!.GetValue<string>(), cell("organization"));
            Assert.Equal(list(record["harms"]), cell("harms"));
            Assert.Equal(list(record["languages"]), cell("languages"));
            Assert.Equal(list(record["ageBands"]), cell("ageBands"));
            Assert.Equal(record["evidence"]!["level"]!.GetValue<string>(), cell("evidenceLevel"));
            Assert.Equal(list(record["evidence"]!["populations"]), cell("populations"));
            Assert.Equal(string.Join(";", record["evidence"]!["ratings"]!.AsArray().Select(r => $"{r!["scheme"]}: {r["rating"]}")), cell("nativeRatings"));
            Assert.Equal(record["ageMin"]?.ToString() ?? "", cell("ageMin"));
        }
    }

    [Fact]
    public async Task Csv_neutralises_cells_a_spreadsheet_would_evaluate()
    {
        var id = await EvidenceCatalogFixture.PublishedIdAsync(host);
        var csv = await host.Client.GetStringAsync("/api/evidence?format=csv&harm=ocsea/grooming");
        var row = JsonNode.Parse(await EvidenceNodeTools.NodeAsync(csv, "parse-csv.mjs"))!.AsArray()
            .Single(r => r!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("'=HYPERLINK(\"https://example.org/x\",\"click me\")", row["title"]!.GetValue<string>());
        Assert.Equal("'+Sample: Formula Org", row["organization"]!.GetValue<string>());
        Assert.StartsWith("'-A lesson", row["description"]!.GetValue<string>());
        Assert.Equal("'@free text licence", row["license"]!.GetValue<string>());
        Assert.Equal("'=1+2 pupils;girls, aged 13-15", row["populations"]!.GetValue<string>());
        Assert.Equal("'-help-seeking", row["outcomes"]!.GetValue<string>());

        // No cell of the whole export may start with a formula character once parsed.
        var rows = JsonNode.Parse(await EvidenceNodeTools.NodeAsync(await host.Client.GetStringAsync("/api/evidence?format=csv"), "parse-csv.mjs"))!.AsArray();
        Assert.All(rows.SelectMany(r => r!.AsObject().Select(c => c.Value!.GetValue<string>())),
            cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', $"cell '{cell}' would be evaluated"));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+44 20 7946 0000", "'+44 20 7946 0000")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("plain = text", "plain = text")]
    [InlineData("", "")]
    public void Csv_cells_starting_with_a_formula_character_are_neutralised(string value, string expected) =>
        Assert.Equal(expected, CsvCells.Neutralise(value));

    [Fact]
    public async Task JsonLd_expands_offline_with_the_local_context_into_schema_org_learning_resources()
    {
        await EvidenceCatalogFixture.PublishedIdAsync(host);
        using var response = await host.Client.GetAsync("/api/evidence?format=jsonld&harm=ocsea/grooming");
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        var document = await response.Content.ReadAsStringAsync();
        var contextUrl = JsonNode.Parse(document)!["@context"]!.GetValue<string>();
        Assert.Equal(new Uri(host.Client.BaseAddress!, "/api/evidence/context.jsonld").ToString(), contextUrl);

        using var context = new TempFolder("gosafer-jsonld");
        var contextFile = Path.Combine(context.Path, "context.jsonld");
        await File.WriteAllBytesAsync(contextFile, await host.Client.GetByteArrayAsync(contextUrl));
        var expanded = JsonNode.Parse(await EvidenceNodeTools.NodeAsync(document, "expand-jsonld.mjs", contextUrl, contextFile))!.AsArray();

        const string schema = "https://schema.org/";
        var graph = expanded.Count == 1 && expanded[0]!["@graph"] is JsonArray g ? g : expanded;
        var (json, _) = await EvidenceSlices.JsonAsync(host, "harm=ocsea/grooming");
        Assert.Equal(json.Count, graph.Count);
        foreach (var node in graph)
        {
            Assert.Equal($"{schema}LearningResource", node!["@type"]![0]!.GetValue<string>());
            var about = node[$"{schema}about"]!.AsArray().Select(a => a!["@id"]!.GetValue<string>()).ToList();
            Assert.Contains("urn:gosafer:taxonomy:harm:ocsea/grooming", about);
            Assert.NotNull(node[$"{schema}teaches"]);
            Assert.NotNull(node[$"{schema}inLanguage"]);
            Assert.NotNull(node[$"{schema}learningResourceType"] ?? node[$"{schema}educationalAudience"]);
            Assert.NotNull(node["urn:gosafer:vocab:evidenceLevel"]);
        }

        Assert.Contains(graph, n => n![$"{schema}typicalAgeRange"] is not null);
        Assert.Contains(graph, n => n![$"{schema}license"] is not null);
        Assert.Contains(graph, n => n![$"{schema}citation"] is not null);
    }

    [Fact]
    public async Task The_json_ld_context_is_served_locally()
    {
        using var response = await host.Client.GetAsync("/api/evidence/context.jsonld");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        var context = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["@context"]!;
        Assert.Equal("https://schema.org/", context["schema"]!.GetValue<string>());
    }

    [Fact]
    public async Task Exports_hold_only_published_resources_and_no_personal_data()
    {
        var id = await EvidenceCatalogFixture.PublishedIdAsync(host);
        var exports = new Dictionary<string, string>();
        foreach (var url in new[]
        {
            "/api/evidence?format=json&limit=1000", "/api/evidence?format=ndjson", "/api/evidence?format=csv", "/api/evidence?format=jsonld",
            "/api/evidence?format=json&harm=ocsea/grooming", "/api/stats/gaps", "/api/stats/gaps?format=csv", "/api/evidence/datasets",
        })
        {
            exports[url] = await host.Client.GetStringAsync(url);
        }

        var datasets = JsonNode.Parse(exports["/api/evidence/datasets"])!["datasets"]!.AsArray();
        foreach (var dataset in datasets)
        {
            var url = dataset!["url"]!.GetValue<string>();
            exports[url] = await host.Client.GetStringAsync(url);
        }

        foreach (var (url, body) in exports)
        {
            Assert.False(body.Contains(EvidenceCatalogFixture.Marker, StringComparison.OrdinalIgnoreCase), $"{url} leaks personal data");
            Assert.False(body.Contains("zqexportpending", StringComparison.OrdinalIgnoreCase), $"{url} exports an unpublished resource");
            Assert.DoesNotContain("\"contact\"", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@example.org", body, StringComparison.OrdinalIgnoreCase);
        }

        // The scan is not vacuous: the published resource is exported, and the board sees the marker.
        Assert.All(exports.Where(e => e.Key.StartsWith("/api/evidence?", StringComparison.Ordinal)), e => Assert.Contains(id, e.Value));
        using var review = await host.Client.SendAsync(HubHost.As("rita", HttpMethod.Get, $"/api/review/resources/{id}"));
        Assert.Contains(EvidenceCatalogFixture.Marker, await review.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_dated_snapshot_is_listed_with_the_digest_and_count_of_its_dump()
    {
        var list = await host.GetJsonAsync("/api/evidence/datasets");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var manifest = list["datasets"]!.AsArray().Single(d => d!["date"]!.GetValue<string>() == today)!;
        using var response = await host.Client.GetAsync(manifest["url"]!.GetValue<string>());
        var dump = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(manifest["sha256"]!.GetValue<string>(), Convert.ToHexStringLower(SHA256.HashData(dump)));
        Assert.Equal(manifest["bytes"]!.GetValue<long>(), dump.LongLength);
        var lines = Encoding.UTF8.GetString(dump).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(manifest["records"]!.GetValue<int>(), lines.Length);
        Assert.All(lines, l => Assert.NotNull(JsonNode.Parse(l)!["evidence"]));
        Assert.Equal($"sha-256=:{Convert.ToBase64String(SHA256.HashData(dump))}:", response.Headers.GetValues("Repr-Digest").Single());
        Assert.Contains(manifest["sha256"]!.GetValue<string>(), manifest["citation"]!.GetValue<string>());

        // A snapshot is immutable: listing again the same day neither remakes nor changes it.
        var again = await host.GetJsonAsync("/api/evidence/datasets");
        Assert.Equal(manifest.ToJsonString(), again["datasets"]!.AsArray().Single(d => d!["date"]!.GetValue<string>() == today)!.ToJsonString());

        using var missing = await host.Client.GetAsync("/api/evidence/datasets/1999-01-01");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var bad = await host.Client.GetAsync("/api/evidence/datasets/yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private static string Unneutralised(string cell) => cell.Length > 1 && cell[0] == '\'' && cell[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? cell[1..] : cell;
}
