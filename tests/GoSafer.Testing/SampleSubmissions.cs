using System.Text.Json.Nodes;

namespace GoSafer.Testing;

/// <summary>
/// Valid public submissions for the measuring tools (the live-update run, the load run): an English
/// lesson plan on grooming and a research nomination, each with its own URL and contact addresses.
/// </summary>
public static class SampleSubmissions
{
    public const string Description = "A lesson plan for pupils aged 9 to 12 about recognising grooming tactics online and telling a trusted adult.";

    /// <param name="unique">Makes the URL and contact address its own (the same URL and title twice is a duplicate).</param>
    public static JsonObject Resource(string title, string description, string organization, string unique) => new()
    {
        ["title"] = title,
        ["description"] = description,
        ["url"] = $"https://example.org/sample/{unique}",
        ["organization"] = organization,
        ["languages"] = new JsonArray("en"),
        ["ageMin"] = 9,
        ["ageMax"] = 12,
        ["harms"] = new JsonArray("ocsea/grooming"),
        ["audiences"] = new JsonArray("educators"),
        ["resourceType"] = "lesson-plan",
        ["countries"] = new JsonArray("FR"),
        ["license"] = "CC-BY-4.0",
        ["publishedYear"] = 2025,
        ["evidence"] = new JsonObject { ["level"] = "evidence-informed" },
        ["contact"] = new JsonObject { ["name"] = "Sample Contact", ["email"] = $"contact-{unique}@example.org" },
    };

    public static JsonObject Nomination(string unique) => new()
    {
        ["nominee"] = new JsonObject { ["name"] = "Sample Nominee", ["email"] = $"nominee-{unique}@example.org", ["affiliation"] = "Sample University", ["country"] = "KE" },
        ["expertise"] = new JsonArray("ocsea"),
        ["languages"] = new JsonArray("en"),
        ["regions"] = new JsonArray("East Africa"),
        ["role"] = "research",
        ["statement"] = "Fifteen years of research on prevention education and evaluation of school programmes.",
        ["nominator"] = new JsonObject { ["name"] = "Sample Nominator", ["email"] = $"nominator-{unique}@example.org" },
        ["consent"] = true,
    };
}
