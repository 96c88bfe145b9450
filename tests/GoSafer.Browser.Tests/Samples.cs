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

    public static object Nomination(string nomineeName) => new
    {
        nominee = new { name = nomineeName, email = $"{Guid.NewGuid():N}@example.org", affiliation = "Sample University", country = "KE" },
        expertise = new[] { "ocsea/sextortion" },
        languages = new[] { "en", "sw" },
        regions = new[] { "East Africa" },
        role = "research",
        statement = "Fifteen years of research on prevention education and evaluation of school programmes.",
        nominator = new { name = "Nia Nominator", email = "nia@example.org" },
        consent = true,
    };

    /// <summary>A word no demo resource contains, so a search for it finds only the test's own resource.</summary>
    public static string UniqueWord() => "qz" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(8));
}
