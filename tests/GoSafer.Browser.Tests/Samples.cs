namespace GoSafer.Browser.Tests;

public static class Samples
{
    public static object Resource(string title, string description) => new
    {
        title,
        description,
        // One live submission per URL and title: each sample gets its own URL.
        url = $"https://example.org/browser-test/{Guid.NewGuid():N}",
        organization = "Browser Test NGO",
        languages = new[] { "en" },
        ageMin = 9,
        ageMax = 12,
        harms = new[] { "ocsea/grooming" },
        contact = new { name = "Ana", email = "ana@example.org" },
    };

    /// <summary>A pending submission's status page path (the receipt travels in the fragment).</summary>
    public static async Task<string> StatusPathAsync(BrowserHub hub)
    {
        var accepted = await hub.SubmitAsync(Resource("Status page sample", "A resource submitted so the status page has something to show."));
        return $"status.html?id={accepted["id"]!.GetValue<string>()}#receipt={Uri.EscapeDataString(accepted["receipt"]!.GetValue<string>())}";
    }
}
