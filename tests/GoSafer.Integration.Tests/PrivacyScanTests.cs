using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GoSafer.Indexer.Index;
using Lucene.Net.Index;
using Microsoft.Extensions.DependencyInjection;

namespace GoSafer.Integration.Tests;

/// <summary>
/// Personal data (submitter contacts, everything about nominees and nominators) is submitted with
/// unique markers, taken through review and publication, and then looked for in every public
/// response and in every byte of the search index.
/// </summary>
public sealed class PrivacyScanTests : IAsyncLifetime
{
    private readonly HubHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Personal_data_never_reaches_public_responses_or_the_index()
    {
        const string marker = "zqprivacy";
        var resource = Samples.Resource($"{marker}1");
        using var submitted = await _host.Client.PostAsJsonAsync("/api/resources", resource);
        var accepted = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = accepted["id"]!.GetValue<string>();

        var nomination = Samples.Nomination($"{marker}2");
        nomination["nominee"]!["affiliation"] = $"University {marker}3";
        nomination["statement"] = $"Statement about {marker}4 and fifteen years of prevention research.";
        nomination["conflictsOfInterest"] = $"None {marker}5";
        using var nominated = await _host.Client.PostAsJsonAsync("/api/nominations", nomination);
        var nominationAccepted = (await nominated.Content.ReadFromJsonAsync<JsonObject>())!;
        var nominationId = nominationAccepted["id"]!.GetValue<string>();

        foreach (var (reviewer, segment, subject) in new[] { ("rita", "resources", id), ("rita", "nominations", nominationId), ("ruben", "nominations", nominationId) })
        {
            using var decision = await _host.Client.SendAsync(HubHost.As(reviewer, HttpMethod.Post, $"/api/review/{segment}/{subject}/decisions",
                JsonContent.Create(new { decision = "approve", reason = "Approved." })));
            Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        }

        await _host.WaitForSearchAsync($"/api/search?q=grooming&pageSize=100", total => total > 0);
        var publicUrls = new[]
        {
            "/api/search?pageSize=100", "/api/search?q=grooming&pageSize=100", $"/api/search?q={marker}1",
            $"/api/resources/{id}", accepted["statusUrl"]!.GetValue<string>(), nominationAccepted["statusUrl"]!.GetValue<string>(),
            "/api/suggest?q=staying", "/api/suggest?q=nominee", "/api/taxonomy", "/api/health",
        };
        foreach (var url in publicUrls)
        {
            var body = await _host.Client.GetStringAsync(url);
            Assert.False(body.Contains(marker, StringComparison.OrdinalIgnoreCase), $"{url} leaks personal data");
        }

        Assert.Contains(id, await _host.Client.GetStringAsync($"/api/resources/{id}"));

        // The board sees it (the scan above would be vacuous if the markers were lost on the way).
        using var roster = await _host.Client.SendAsync(HubHost.As("ada", HttpMethod.Get, "/api/review/roster"));
        Assert.Contains($"{marker}2", await roster.Content.ReadAsStringAsync());

        // Every term of every field, then the raw files (stored fields are compressed, terms are not).
        using (var lease = _host.Services.GetRequiredService<LuceneIndexStore>().AcquireSearcher())
        {
            var reader = lease.Searcher.IndexReader;
            foreach (var field in MultiFields.GetFields(reader))
            {
                var terms = MultiFields.GetTerms(reader, field).GetEnumerator();
                while (terms.MoveNext())
                {
                    Assert.False(terms.Term.Utf8ToString().Contains(marker, StringComparison.OrdinalIgnoreCase), $"index field {field} holds personal data");
                }
            }

            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                Assert.All(reader.Document(doc).Fields, f => Assert.DoesNotContain(marker, f.GetStringValue() ?? "", StringComparison.OrdinalIgnoreCase));
            }
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(_host.DataPath, "index")))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.False(Encoding.UTF8.GetString(bytes).Contains(marker, StringComparison.OrdinalIgnoreCase), $"index file {Path.GetFileName(file)} holds personal data");
        }
    }
}
