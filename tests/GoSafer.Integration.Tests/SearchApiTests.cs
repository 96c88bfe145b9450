using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GoSafer.Integration.Tests;

[Collection(HubHostCollection.Name)]
public sealed class SearchApiTests(HubHost host)
{
    [Fact]
    public async Task The_demo_corpus_is_seeded_and_an_empty_query_browses_all_of_it()
    {
        var body = await host.GetJsonAsync("/api/search?pageSize=100");
        Assert.True(body["total"]!.GetValue<int>() >= 60);
        var results = body["results"]!.AsArray();
        Assert.All(results, r => Assert.StartsWith("https://example.org/", r!["url"]!.GetValue<string>()));
        var languages = results.SelectMany(r => r!["languages"]!.AsArray().Select(l => l!.GetValue<string>())).ToHashSet();
        Assert.Superset(new HashSet<string> { "ar", "zh", "en", "fr", "ru", "es" }, languages);
    }

    [Fact]
    public async Task A_text_query_returns_matching_results_with_highlighted_snippets()
    {
        var body = await host.GetJsonAsync("/api/search?q=grooming");
        Assert.True(body["total"]!.GetValue<int>() > 0);
        var first = body["results"]![0]!;
        foreach (var field in new[] { "id", "title", "snippet", "url", "languages", "harms" })
        {
            Assert.NotNull(first[field]);
        }

        var highlighted = body["results"]!.AsArray()
            .SelectMany(r => r!["highlights"]!.AsArray().Select(h => r["snippet"]!.GetValue<string>().Substring(h![0]!.GetValue<int>(), h[1]!.GetValue<int>())))
            .ToList();
        Assert.NotEmpty(highlighted);
        Assert.All(highlighted, h => Assert.Equal("grooming", h.ToLowerInvariant()));
    }

    [Fact]
    public async Task Results_include_the_age_range_and_paging_is_stable()
    {
        var page1 = await host.GetJsonAsync("/api/search?pageSize=5&page=1&sort=newest");
        var page2 = await host.GetJsonAsync("/api/search?pageSize=5&page=2&sort=newest");
        var ids1 = page1["results"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ToList();
        var ids2 = page2["results"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(5, ids1.Count);
        Assert.Empty(ids1.Intersect(ids2));
        var both = await host.GetJsonAsync("/api/search?pageSize=10&page=1&sort=newest");
        Assert.Equal(ids1.Concat(ids2), both["results"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));
        Assert.Contains(both["results"]!.AsArray(), r => r!["ageMin"] is not null && r["ageMax"] is not null);
    }

    [Fact]
    public async Task A_harm_filter_on_a_parent_matches_its_children()
    {
        var parent = await host.GetJsonAsync("/api/search?harm=ocsea&pageSize=100");
        var child = await host.GetJsonAsync("/api/search?harm=ocsea/grooming&pageSize=100");
        Assert.True(child["total"]!.GetValue<int>() > 0);
        Assert.True(parent["total"]!.GetValue<int>() > child["total"]!.GetValue<int>());
        Assert.All(child["results"]!.AsArray(), r => Assert.Contains("ocsea/grooming", r!["harms"]!.AsArray().Select(h => h!.GetValue<string>())));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("sort=random", "sort")]
    [InlineData("harm=unknown", "harm")]
    [InlineData("lang=xx", "lang")]
    public async Task Bad_search_parameters_get_problem_details_naming_the_parameter(string query, string field)
    {
        using var response = await host.Client.GetAsync($"/api/search?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field));
    }

    [Fact]
    public async Task A_deprecated_term_gets_a_notice_in_the_ui_language_and_finds_the_preferred_concept()
    {
        var fr = await host.GetJsonAsync("/api/search?q=child%20pornography&ui=fr");
        var en = await host.GetJsonAsync("/api/search?q=child%20pornography");
        Assert.True(en["total"]!.GetValue<int>() > 0);
        Assert.Contains("ocsea/csam", en["concepts"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Contains("child sexual abuse material", en["notice"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(en["notice"]!.GetValue<string>(), fr["notice"]!.GetValue<string>());
        var plain = await host.GetJsonAsync("/api/search?q=grooming");
        Assert.True(plain.ContainsKey("notice") && plain["notice"] is null);
    }

    [Fact]
    public async Task Facets_come_with_labels_in_the_ui_language_and_disjunctive_counts()
    {
        var all = await host.GetJsonAsync("/api/search?ui=es");
        var filtered = await host.GetJsonAsync("/api/search?ui=es&lang=fr");
        var languages = filtered["facets"]!["lang"]!.AsArray();
        Assert.Equal(all["facets"]!["lang"]!.AsArray().Count, languages.Count);
        var french = languages.Single(v => v!["value"]!.GetValue<string>() == "fr")!;
        Assert.True(french["selected"]!.GetValue<bool>());
        Assert.Equal(filtered["total"]!.GetValue<int>(), french["count"]!.GetValue<int>());
        var harm = filtered["facets"]!["harm"]!.AsArray().First(v => v!["value"]!.GetValue<string>() == "ocsea/grooming")!;
        Assert.Equal("ocsea", harm["parent"]!.GetValue<string>());
        Assert.NotEqual("ocsea/grooming", harm["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_misspelt_query_suggests_the_index_word()
    {
        var body = await host.GetJsonAsync("/api/search?q=groming");
        Assert.Equal("grooming", body["didYouMean"]!.GetValue<string>());
        Assert.True(body["total"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Suggest_offers_concepts_and_titles()
    {
        var body = await host.GetJsonAsync("/api/suggest?q=cyber&ui=es");
        var suggestions = body["suggestions"]!.AsArray();
        Assert.Contains(suggestions, s => s!["kind"]!.GetValue<string>() == "concept" && s["value"]!.GetValue<string>() == "cyberbullying");
        Assert.Contains(suggestions, s => s!["kind"]!.GetValue<string>() == "title");
    }

    [Fact]
    public async Task Query_syntax_errors_are_searched_as_plain_words_instead_of_failing()
    {
        using var response = await host.Client.GetAsync("/api/search?q=%22unbalanced%20(quote");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_published_resource_is_served_by_id_without_any_contact_data()
    {
        const string id = "demo-001";
        using var response = await host.Client.GetAsync($"/api/resources/{id}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var resource = JsonNode.Parse(body)!;
        Assert.Equal(id, resource["id"]!.GetValue<string>());
        Assert.Equal("published", resource["status"]!.GetValue<string>());
        Assert.True(resource["sample"]!.GetValue<bool>());
        Assert.Null(resource["contact"]);
        Assert.DoesNotContain("demo-contributor", body);
    }

    [Fact]
    public async Task An_unknown_resource_is_404_problem_details()
    {
        using var response = await host.Client.GetAsync("/api/resources/no-such-resource");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_taxonomy_is_served_with_labels_in_the_requested_language_and_english_fallback()
    {
        var fr = await host.GetJsonAsync("/api/taxonomy?ui=fr");
        var en = await host.GetJsonAsync("/api/taxonomy?ui=xx");
        Assert.Equal("fr", fr["ui"]!.GetValue<string>());
        Assert.Equal("en", en["ui"]!.GetValue<string>());
        var frLabel = fr["harms"]!.AsArray().Single(h => h!["id"]!.GetValue<string>() == "ocsea/csam")!["label"]!.GetValue<string>();
        var enLabel = en["harms"]!.AsArray().Single(h => h!["id"]!.GetValue<string>() == "ocsea/csam")!["label"]!.GetValue<string>();
        Assert.NotEqual(frLabel, enLabel);
        Assert.Contains("sexual abuse material", enLabel, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(5, fr["ageBands"]!.AsArray().Count);
        Assert.Equal("ocsea", fr["harms"]!.AsArray().Single(h => h!["id"]!.GetValue<string>() == "ocsea/grooming")!["parent"]!.GetValue<string>());
    }

    [Fact]
    public async Task Health_reports_storage_and_index()
    {
        var health = await host.GetJsonAsync("/api/health");
        Assert.Equal("ok", health["status"]!.GetValue<string>());
        Assert.Equal("ok", health["storage"]!["status"]!.GetValue<string>());
        Assert.Contains("searchable", health["index"]!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_front_page_is_served_with_a_strict_content_security_policy()
    {
        using var response = await host.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("GO-SAFER", await response.Content.ReadAsStringAsync());
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
    }
}
