using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace GoSafer.Integration.Tests;

/// <summary>
/// Bad submissions through real HTTP: each is refused with problem details naming the field, and
/// the store is byte-for-byte unchanged afterwards.
/// </summary>
[Collection(HubHostCollection.Name)]
public sealed class BadInputTests(HubHost host)
{
    private sealed record BadCase(string Endpoint, Func<HttpContent> Body, HttpStatusCode Status, string Field);

    private static HttpContent Json(JsonNode node) => new StringContent(node.ToJsonString(), Encoding.UTF8, "application/json");

    private static HttpContent Raw(string text) => new StringContent(text, Encoding.UTF8, "application/json");

    private static Func<HttpContent> Resource(Action<JsonObject> breakIt) => () =>
    {
        var body = Samples.Resource();
        breakIt(body);
        return Json(body);
    };

    private static Func<HttpContent> Nomination(Action<JsonObject> breakIt) => () =>
    {
        var body = Samples.Nomination();
        breakIt(body);
        return Json(body);
    };

    private static readonly Dictionary<string, BadCase> Cases = new()
    {
        ["missing title"] = new("/api/resources", Resource(b => b.Remove("title")), HttpStatusCode.BadRequest, "title"),
        ["title too short"] = new("/api/resources", Resource(b => b["title"] = "ab"), HttpStatusCode.BadRequest, "title"),
        ["title too long"] = new("/api/resources", Resource(b => b["title"] = new string('x', 301)), HttpStatusCode.BadRequest, "title"),
        ["title is a number"] = new("/api/resources", Resource(b => b["title"] = 42), HttpStatusCode.BadRequest, "title"),
        ["title with a control character"] = new("/api/resources", Resource(b => b["title"] = "Bell \u0007 title"), HttpStatusCode.BadRequest, "title"),
        ["description too short"] = new("/api/resources", Resource(b => b["description"] = "Too short."), HttpStatusCode.BadRequest, "description"),
        ["description over 5000"] = new("/api/resources", Resource(b => b["description"] = new string('d', 5001)), HttpStatusCode.BadRequest, "description"),
        ["javascript: url"] = new("/api/resources", Resource(b => b["url"] = "javascript:alert(1)"), HttpStatusCode.BadRequest, "url"),
        ["data: url"] = new("/api/resources", Resource(b => b["url"] = "data:text/html,<script>alert(1)</script>"), HttpStatusCode.BadRequest, "url"),
        ["file: url"] = new("/api/resources", Resource(b => b["url"] = "file:///etc/passwd"), HttpStatusCode.BadRequest, "url"),
        ["relative url"] = new("/api/resources", Resource(b => b["url"] = "/just/a/path"), HttpStatusCode.BadRequest, "url"),
        ["url with credentials"] = new("/api/resources", Resource(b => b["url"] = "https://user:pw@example.org/x"), HttpStatusCode.BadRequest, "url"),
        ["missing languages"] = new("/api/resources", Resource(b => b.Remove("languages")), HttpStatusCode.BadRequest, "languages"),
        ["unknown language code"] = new("/api/resources", Resource(b => b["languages"] = new JsonArray("xx")), HttpStatusCode.BadRequest, "languages[0]"),
        ["languages not a list"] = new("/api/resources", Resource(b => b["languages"] = "fr"), HttpStatusCode.BadRequest, "languages"),
        ["ageMin below 0"] = new("/api/resources", Resource(b => b["ageMin"] = -1), HttpStatusCode.BadRequest, "ageMin"),
        ["ageMax above 18"] = new("/api/resources", Resource(b => b["ageMax"] = 19), HttpStatusCode.BadRequest, "ageMax"),
        ["ageMin above ageMax"] = new("/api/resources", Resource(b => { b["ageMin"] = 13; b["ageMax"] = 9; }), HttpStatusCode.BadRequest, "ageMax"),
        ["age as a string"] = new("/api/resources", Resource(b => b["ageMin"] = "nine"), HttpStatusCode.BadRequest, "ageMin"),
        ["unknown harm ID"] = new("/api/resources", Resource(b => b["harms"] = new JsonArray("ocsea/unknown")), HttpStatusCode.BadRequest, "harms[0]"),
        ["unknown audience"] = new("/api/resources", Resource(b => b["audiences"] = new JsonArray("aliens")), HttpStatusCode.BadRequest, "audiences[0]"),
        ["unknown resource type"] = new("/api/resources", Resource(b => b["resourceType"] = "podcast-ish"), HttpStatusCode.BadRequest, "resourceType"),
        ["bad country code"] = new("/api/resources", Resource(b => b["countries"] = new JsonArray("QQ")), HttpStatusCode.BadRequest, "countries[0]"),
        ["unknown evidence level"] = new("/api/resources", Resource(b => b["evidence"]!["level"] = "very-good"), HttpStatusCode.BadRequest, "evidence.level"),
        ["bad DOI"] = new("/api/resources", Resource(b => b["evidence"]!["citations"]![0]!["doi"] = "not-a-doi"), HttpStatusCode.BadRequest, "evidence.citations[0].doi"),
        ["unknown rating scheme"] = new("/api/resources", Resource(b => b["evidence"]!["ratings"]![0]!["scheme"] = "Stars"), HttpStatusCode.BadRequest, "evidence.ratings[0].scheme"),
        ["bad lastChecked date"] = new("/api/resources", Resource(b => b["evidence"]!["lastChecked"] = "June 2025"), HttpStatusCode.BadRequest, "evidence.lastChecked"),
        ["missing contact"] = new("/api/resources", Resource(b => b.Remove("contact")), HttpStatusCode.BadRequest, "contact"),
        ["bad contact email"] = new("/api/resources", Resource(b => b["contact"]!["email"] = "not-an-email"), HttpStatusCode.BadRequest, "contact.email"),
        ["unknown field"] = new("/api/resources", Resource(b => b["harm"] = "ocsea"), HttpStatusCode.BadRequest, "harm"),
        ["malformed JSON"] = new("/api/resources", () => Raw("{\"title\": \"unterminated"), HttpStatusCode.BadRequest, "$"),
        ["duplicate JSON keys"] = new("/api/resources", () => Raw("{\"title\":\"a title\",\"title\":\"another\"}"), HttpStatusCode.BadRequest, "$"),
        ["JSON array body"] = new("/api/resources", () => Raw("[1,2,3]"), HttpStatusCode.BadRequest, "$"),
        ["empty body"] = new("/api/resources", () => Raw(""), HttpStatusCode.BadRequest, "$"),
        ["body over 1 MB"] = new("/api/resources", Resource(b => b["description"] = new string('x', 1_100_000)), HttpStatusCode.RequestEntityTooLarge, ""),
        ["not JSON content type"] = new("/api/resources", () => new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded"), HttpStatusCode.UnsupportedMediaType, ""),
        ["nomination without consent"] = new("/api/nominations", Nomination(b => b["consent"] = false), HttpStatusCode.BadRequest, "consent"),
        ["nomination consent as string"] = new("/api/nominations", Nomination(b => b["consent"] = "yes"), HttpStatusCode.BadRequest, "consent"),
        ["nomination unknown role"] = new("/api/nominations", Nomination(b => b["role"] = "king"), HttpStatusCode.BadRequest, "role"),
        ["nomination missing nominee email"] = new("/api/nominations", Nomination(b => ((JsonObject)b["nominee"]!).Remove("email")), HttpStatusCode.BadRequest, "nominee.email"),
        ["nomination statement over 5000"] = new("/api/nominations", Nomination(b => b["statement"] = new string('s', 5001)), HttpStatusCode.BadRequest, "statement"),
        ["nomination without expertise"] = new("/api/nominations", Nomination(b => b["expertise"] = new JsonArray()), HttpStatusCode.BadRequest, "expertise"),
        ["nomination missing nominator"] = new("/api/nominations", Nomination(b => b.Remove("nominator")), HttpStatusCode.BadRequest, "nominator"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task A_bad_submission_is_refused_with_problem_details_naming_the_field_and_nothing_is_stored(string name)
    {
        var badCase = Cases[name];
        var before = host.StoredSubmissions();

        using var response = await host.Client.PostAsync(badCase.Endpoint, badCase.Body());

        Assert.Equal(badCase.Status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((int)badCase.Status, problem["status"]!.GetValue<int>());
        Assert.Contains("Nothing was stored", problem["detail"]!.GetValue<string>());
        if (badCase.Field.Length > 0)
        {
            var errors = problem["errors"]!.AsObject();
            Assert.True(errors.ContainsKey(badCase.Field), $"errors should name '{badCase.Field}' but name: {string.Join(", ", errors.Select(e => e.Key))}");
        }

        Assert.Equal(before, host.StoredSubmissions());
    }

    [Fact]
    public async Task Every_field_error_is_reported_at_once()
    {
        var body = Samples.Resource();
        body["title"] = "";
        body["url"] = "ftp://example.org/x";
        body["ageMin"] = 30;
        body["harms"] = new JsonArray("nope");
        body["contact"]!["email"] = "bad";

        using var response = await host.Client.PostAsync("/api/resources", Json(body));
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["ageMin", "contact.email", "harms[0]", "title", "url"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("ocsea/grooming", errors["harms[0]"]![0]!.GetValue<string>());
    }
}
