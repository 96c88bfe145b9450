using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GoSafer.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ScriptInjectionTests(BrowserHub hub)
{
    private const string Title = "<img src=x onerror=alert(1)>";

    [Fact]
    public async Task A_title_with_markup_shows_as_text_and_runs_nothing()
    {
        var id = await hub.SubmitAndPublishAsync(
            Samples.Resource(Title, "Zanzibarquux markup test <script>alert(2)</script> about online grooming signs."),
            "zanzibarquux");
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };

        await Pages.OpenAsync(page, "index.html?q=zanzibarquux", "#results li.result-card");
        await Expect(page.Locator(".result-title a")).ToHaveTextAsync(Title);
        await Expect(page.Locator("#results img, #results script")).ToHaveCountAsync(0);
        await Expect(page.Locator("#results .snippet")).ToContainTextAsync("<script>alert(2)</script>");

        await page.Locator(".result-title a").ClickAsync();
        await Expect(page.Locator("#resource h1")).ToHaveTextAsync(Title);
        await Expect(page.Locator("#resource img, #resource script")).ToHaveCountAsync(0);
        Assert.Contains(id, page.Url, StringComparison.Ordinal);
        Assert.StartsWith(Title, await page.TitleAsync(), StringComparison.Ordinal);

        // The title also reaches the JSON-LD element, as data.
        var name = await page.EvaluateAsync<string>("JSON.parse(document.getElementById('resource-jsonld').textContent).name");
        Assert.Equal(Title, name);

        await page.WaitForTimeoutAsync(300);
        Assert.Empty(dialogs);
    }
}
