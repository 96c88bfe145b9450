using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GoSafer.Browser.Tests;

/// <summary>Empty, error and not-found states, and the gap map's links.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageStateTests(BrowserHub hub)
{
    [Fact]
    public async Task A_failed_search_shows_an_error_with_retry_and_a_search_without_matches_shows_the_empty_state()
    {
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        await page.RouteAsync("**/api/search?**", route => route.AbortAsync());
        await page.GotoAsync(Pages.WithUi("index.html?q=grooming", "en"));
        await Expect(page.Locator("#search-error")).ToBeVisibleAsync();

        await page.UnrouteAllAsync();
        await page.Locator("#retry").ClickAsync();
        await Expect(page.Locator("#search-error")).ToBeHiddenAsync();
        await Expect(page.Locator("#results li.result-card").First).ToBeVisibleAsync();

        await page.Locator("#q").FillAsync("qqqqzzzzxxxx");
        await page.Locator("#q").PressAsync("Enter");
        await Expect(page.Locator("#empty")).ToBeVisibleAsync();
        await Expect(page.Locator("#results li")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_deprecated_term_finds_the_material_and_shows_the_terminology_notice()
    {
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        await Pages.OpenAsync(page, "index.html?q=child%20pornography", "#results li.result-card");

        await Expect(page.Locator("#notice")).ToBeVisibleAsync();
        await Expect(page.Locator("#notice")).Not.ToBeEmptyAsync();
    }

    [Fact]
    public async Task An_unknown_resource_and_a_wrong_receipt_say_so()
    {
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(Pages.WithUi("resource.html?id=res_unknown", "en"));
        await Expect(page.Locator("#resource-status")).ToHaveTextAsync("This resource does not exist or is not published.");

        await page.GotoAsync(Pages.WithUi("status.html?id=res_unknown#receipt=wrong", "en"));
        await Expect(page.Locator("#status-message")).ToContainTextAsync("No submission matches");
    }

    [Fact]
    public async Task A_gap_map_cell_links_to_the_search_with_the_same_count()
    {
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        await Pages.OpenAsync(page, "gaps.html?lang=en", "#gaps-table tbody tr");
        await Expect(page.Locator("#gaps-lang")).ToHaveValueAsync("en");
        var cell = page.Locator("#gaps-table tbody tr", new() { HasText = "Online grooming" }).Locator("td a").Nth(2);
        var count = await cell.InnerTextAsync();

        await cell.ClickAsync();

        await Expect(page.Locator("#summary")).ToHaveTextAsync($"Resources found: {count}");
        await Expect(page.Locator("#facet-harm-ocsea-grooming")).ToBeCheckedAsync();
        await Expect(page.Locator("#facet-age-9-12")).ToBeCheckedAsync();
        await Expect(page.Locator("#facet-lang-en")).ToBeCheckedAsync();
        Assert.Matches(new Regex("harm=ocsea%2Fgrooming.*age=9-12.*lang=en"), page.Url);
    }
}
