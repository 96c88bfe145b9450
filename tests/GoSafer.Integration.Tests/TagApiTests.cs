using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GoSafer.Hub.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace GoSafer.Integration.Tests;

[Collection(HubHostCollection.Name)]
public sealed class TagApiTests(HubHost host)
{
    private async Task<JsonObject> TagAsync(string title, string description)
    {
        using var response = await host.Client.PostAsJsonAsync("/api/tag", new { title, description });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    [Fact]
    public async Task Tagging_a_French_description_returns_language_harms_ages_and_type()
    {
        var tags = await TagAsync(
            "Séquence pédagogique : le cyberharcèlement au collège",
            "Une séquence de quatre séances pour les élèves de 11 à 14 ans sur le cyberharcèlement, avec des activités en classe et un guide pour les enseignants.");
        Assert.Equal("fr", tags["language"]!["value"]!.GetValue<string>());
        Assert.InRange(tags["language"]!["confidence"]!.GetValue<double>(), 0.5, 1.0);
        Assert.Contains(tags["harms"]!.AsArray(), h => h!["id"]!.GetValue<string>() == "cyberbullying");
        Assert.Equal((11, 14), (tags["ages"]!["min"]!.GetValue<int>(), tags["ages"]!["max"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Tagging_an_Arabic_description_detects_the_language()
    {
        var tags = await TagAsync("دليل المعلمين للوقاية من الاستغلال الجنسي للأطفال عبر الإنترنت", "يساعد هذا الدليل المعلمين على التحدث مع الأطفال من 9 إلى 12 سنة عن مخاطر الإنترنت.");
        Assert.Equal("ar", tags["language"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Tagging_without_text_is_refused_with_problem_details()
    {
        using var response = await host.Client.PostAsJsonAsync("/api/tag", new { });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("description"));
    }

    [Fact]
    public async Task Inferred_harms_fill_the_facets_of_a_resource_that_declared_none()
    {
        var marker = "inferredmarker" + Guid.NewGuid().ToString("N")[..6];
        var body = Samples.Resource();
        body.Remove("harms");
        body["title"] = $"Sextortion: what teenagers should know {marker}";
        body["description"] = "A guide for teenagers about sextortion: what to do when someone threatens to share intimate images, and how to get help.";
        using var submitted = await host.Client.PostAsJsonAsync("/api/resources", body);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        await host.Services.GetRequiredService<ResourcePublisher>().PublishAsync(id, default);
        var resource = await host.GetJsonAsync($"/api/resources/{id}");
        Assert.Empty(resource["harms"]!.AsArray());
        Assert.Contains(resource["inferred"]!["harms"]!.AsArray(), h => h!["id"]!.GetValue<string>() == "ocsea/sextortion");

        var (search, _) = await host.WaitForSearchAsync($"/api/search?q={marker}&harm=ocsea/sextortion", total => total > 0);
        Assert.Equal(1, search["total"]!.GetValue<int>());
    }
}
