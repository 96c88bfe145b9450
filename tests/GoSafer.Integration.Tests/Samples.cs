using System.Text.Json.Nodes;

namespace GoSafer.Integration.Tests;

/// <summary>Valid submissions that tests copy and break one field at a time.</summary>
public static class Samples
{
    public static JsonObject Resource(string marker = "") => new()
    {
        ["title"] = "Staying safe from online grooming",
        ["description"] = "A lesson plan for pupils aged 9 to 12 about recognising grooming tactics online and telling a trusted adult.",
        // A fresh URL each time: the same URL and title twice is a duplicate submission.
        ["url"] = $"https://example.org/test/grooming-lesson-{Guid.NewGuid():N}",
        ["organization"] = "Sample: Test Safe Schools",
        ["languages"] = new JsonArray("en-GB"),
        ["ageMin"] = 9,
        ["ageMax"] = 12,
        ["harms"] = new JsonArray("ocsea/grooming"),
        ["audiences"] = new JsonArray("educators", "children"),
        ["resourceType"] = "lesson-plan",
        ["countries"] = new JsonArray("am", "FR"),
        ["license"] = "CC-BY-4.0",
        ["publishedYear"] = 2025,
        ["evidence"] = new JsonObject
        {
            ["level"] = "evaluated-promising",
            ["design"] = "quasi-experimental",
            ["ratings"] = new JsonArray(new JsonObject { ["scheme"] = "CrimeSolutions", ["rating"] = "Promising" }),
            ["citations"] = new JsonArray(new JsonObject { ["doi"] = "10.5555/test.2025.1", ["text"] = "Sample citation" }),
            ["lastChecked"] = "2025-06-01",
            ["ingredients"] = new JsonArray("active-skill-based-learning"),
        },
        ["contact"] = new JsonObject { ["name"] = $"Contact Person {marker}".Trim(), ["email"] = $"contact{marker}@example.org" },
    };

    public static JsonObject Nomination(string marker = "") => new()
    {
        ["nominee"] = new JsonObject
        {
            ["name"] = $"Nominee Person {marker}".Trim(),
            ["email"] = $"nominee{marker}@example.org",
            ["affiliation"] = "Sample University",
            ["country"] = "KE",
        },
        ["expertise"] = new JsonArray("ocsea/sextortion", "ocsea"),
        ["languages"] = new JsonArray("en", "sw"),
        ["regions"] = new JsonArray("East Africa"),
        ["role"] = "research",
        ["statement"] = "Fifteen years of research on prevention education and evaluation of school programmes.",
        ["nominator"] = new JsonObject { ["name"] = $"Nominator Person {marker}".Trim(), ["email"] = $"nominator{marker}@example.org" },
        ["consent"] = true,
    };
}
