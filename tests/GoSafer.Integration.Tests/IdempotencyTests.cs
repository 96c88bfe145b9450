using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace GoSafer.Integration.Tests;

/// <summary>The Idempotency-Key header on the three public POST routes, through real HTTP.</summary>
[Collection(HubHostCollection.Name)]
public sealed class IdempotencyTests(HubHost host)
{
    private static string NewKey() => Guid.NewGuid().ToString();

    private async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> PostAsync(string path, JsonObject body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        var response = await host.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    private int StoredWith(string marker) => host.StoredSubmissions().Values.Count(content => content.Contains(marker, StringComparison.Ordinal));

    [Theory]
    [InlineData("/api/resources")]
    [InlineData("/api/nominations")]
    public async Task A_retried_submission_with_the_same_key_gets_the_first_answer_and_stores_one_record(string path)
    {
        var marker = "idem" + Guid.NewGuid().ToString("N")[..10];
        var body = path.EndsWith("resources", StringComparison.Ordinal) ? Samples.Resource(marker) : Samples.Nomination(marker);
        var key = NewKey();

        var first = await PostAsync(path, body, key);
        var second = await PostAsync(path, body, key);

        Assert.Equal(HttpStatusCode.Accepted, first.Status);
        Assert.Equal((first.Status, first.Body), (second.Status, second.Body));
        Assert.Equal(first.Response.Headers.Location, second.Response.Headers.Location);
        Assert.Equal(1, StoredWith(marker));
        var receiptUrl = JsonNode.Parse(second.Body)!["statusUrl"]!.GetValue<string>();
        Assert.Equal("pending", (await host.GetJsonAsync(receiptUrl))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_key_a_retry_is_a_new_submission()
    {
        var marker = "nokey" + Guid.NewGuid().ToString("N")[..10];
        var body = Samples.Nomination(marker);
        var first = await PostAsync("/api/nominations", body, null);
        var second = await PostAsync("/api/nominations", body, null);
        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (first.Status, second.Status));
        Assert.NotEqual(first.Body, second.Body);
        Assert.Equal(2, StoredWith(marker));
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_refused_and_stores_nothing_more()
    {
        var marker = "reuse" + Guid.NewGuid().ToString("N")[..10];
        var key = NewKey();
        var first = await PostAsync("/api/nominations", Samples.Nomination(marker), key);
        var other = Samples.Nomination(marker);
        other["statement"] = "A different statement of more than enough words to pass validation of the field.";

        var refused = await PostAsync("/api/nominations", other, key);

        Assert.Equal(HttpStatusCode.Accepted, first.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("application/problem+json", refused.Response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Idempotency-Key", refused.Body, StringComparison.Ordinal);
        Assert.Equal(1, StoredWith(marker));
    }

    [Theory]
    [InlineData("short-key")]
    [InlineData("has spaces in it but long enough")]
    [InlineData("key/with/slashes/0123456789")]
    [InlineData("x")]
    public async Task A_malformed_key_is_refused_naming_the_header_and_nothing_is_stored(string key)
    {
        var marker = "badkey" + Guid.NewGuid().ToString("N")[..10];
        var refused = await PostAsync("/api/nominations", Samples.Nomination(marker), key);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        var errors = JsonNode.Parse(refused.Body)!["errors"]!.AsObject();
        Assert.Equal(["Idempotency-Key"], errors.Select(e => e.Key));
        Assert.Equal(0, StoredWith(marker));
    }

    [Fact]
    public async Task A_key_of_129_characters_is_refused()
    {
        var refused = await PostAsync("/api/nominations", Samples.Nomination(), new string('k', 129));
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_store_exactly_one_record_and_all_get_its_answer()
    {
        var marker = "race" + Guid.NewGuid().ToString("N")[..10];
        var body = Samples.Resource(marker);
        var key = NewKey();

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => PostAsync("/api/resources", body, key)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.Status));
        Assert.Single(answers.Select(a => a.Body).Distinct());
        Assert.Equal(1, StoredWith(marker));
    }

    [Fact]
    public async Task A_retried_new_version_with_the_same_key_is_stored_once()
    {
        var body = Samples.Resource();
        var submitted = await PostAsync("/api/resources", body, null);
        var accepted = JsonNode.Parse(submitted.Body)!;
        var (id, receipt) = (accepted["id"]!.GetValue<string>(), accepted["receipt"]!.GetValue<string>());
        using (var decided = await host.Client.SendAsync(HubHost.As("rita", HttpMethod.Post, $"/api/review/resources/{id}/decisions",
                   new StringContent("""{"decision":"request-changes","reason":"Please add the evidence."}""", Encoding.UTF8, "application/json"))))
        {
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }

        body["description"] = "A revised lesson plan for pupils aged 9 to 12 with the evaluation evidence the board asked for.";
        var key = NewKey();
        var first = await PostAsync($"/api/submissions/{id}/versions?receipt={receipt}", body, key);
        var retry = await PostAsync($"/api/submissions/{id}/versions?receipt={receipt}", body, key);
        var withoutKey = await PostAsync($"/api/submissions/{id}/versions?receipt={receipt}", body, null);

        Assert.Equal(HttpStatusCode.Accepted, first.Status);
        Assert.Equal((first.Status, first.Body), (retry.Status, retry.Body));
        Assert.Equal(2, JsonNode.Parse(first.Body)!["version"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Conflict, withoutKey.Status);
        var status = await host.GetJsonAsync($"/api/submissions/{id}?receipt={receipt}");
        Assert.Equal(2, status["versions"]!.GetValue<int>());
    }
}
