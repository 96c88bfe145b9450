using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GoSafer.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(BrowserHub hub)
{
    [Fact]
    public async Task Clicking_a_facet_value_changes_results_other_counts_and_the_url_and_back_restores_them()
    {
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        await Pages.OpenAsync(page, "index.html", "#results li.result-card");
        var summary = page.Locator("#summary");
        var counted = new Regex(@"^Resources found: \d+$");
        await Expect(summary).ToHaveTextAsync(counted);
        var everything = await summary.InnerTextAsync();
        var languageCounts = await page.Locator("fieldset[data-facet=lang]").InnerTextAsync();
        var ageCounts = await page.Locator("fieldset[data-facet=age]").InnerTextAsync();
        var urlBefore = page.Url;

        await page.Locator("#facet-age-9-12").CheckAsync();

        await Expect(summary).Not.ToHaveTextAsync(everything);
        await Expect(summary).ToHaveTextAsync(counted);
        Assert.Contains("age=9-12", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("#chips button")).ToHaveCountAsync(1);
        Assert.NotEqual(languageCounts, await page.Locator("fieldset[data-facet=lang]").InnerTextAsync());
        // Disjunctive counts: the age facet's own counts ignore its selection.
        Assert.Equal(ageCounts, await page.Locator("fieldset[data-facet=age]").InnerTextAsync());
        await Expect(page.Locator("#facet-age-9-12")).ToBeFocusedAsync();

        await page.GoBackAsync();

        await Expect(summary).ToHaveTextAsync(everything);
        Assert.Equal(urlBefore, page.Url);
        await Expect(page.Locator("#facet-age-9-12")).Not.ToBeCheckedAsync();
        await Expect(page.Locator("#active-filters")).ToBeHiddenAsync();
        Assert.Equal(languageCounts, await page.Locator("fieldset[data-facet=lang]").InnerTextAsync());
    }

    [Fact]
    public async Task A_shared_link_restores_query_filters_sort_and_page_and_chips_remove_filters()
    {
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        await Pages.OpenAsync(page, "index.html?harm=ocsea&sort=newest&page=2", "#results li.result-card");

        await Expect(page.Locator("#facet-harm-ocsea")).ToBeCheckedAsync();
        await Expect(page.Locator("#sort")).ToHaveValueAsync("newest");
        await Expect(page.Locator("#pagination a[aria-current=page]")).ToHaveTextAsync("2");

        await page.Locator("#chips button").First.ClickAsync();

        await Expect(page.Locator("#facet-harm-ocsea")).Not.ToBeCheckedAsync();
        Assert.DoesNotContain("harm=", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("page=", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matched_words_are_marked_and_a_concept_suggestion_applies_a_filter_by_keyboard()
    {
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        await Pages.OpenAsync(page, "index.html?q=grooming", "#results li.result-card");
        Assert.True(await page.Locator("#results mark").CountAsync() > 0);

        await page.Locator("#q").FillAsync("");
        await page.Locator("#q").PressSequentiallyAsync("sextor");
        var option = page.Locator("#suggestions [role=option].suggestion-concept").First;
        await Expect(option).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator("#q")).ToHaveAttributeAsync("aria-activedescendant", "suggestion-0");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#facet-harm-ocsea-sextortion")).ToBeCheckedAsync();
        Assert.Contains("harm=ocsea%2Fsextortion", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelled_query_offers_a_clickable_did_you_mean()
    {
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        await Pages.OpenAsync(page, "index.html?q=sextortoin", "#summary:not(:empty)");

        var suggestion = page.Locator("#did-you-mean a");
        await Expect(suggestion).ToBeVisibleAsync();
        await suggestion.ClickAsync();

        await Expect(page.Locator("#q")).ToHaveValueAsync("sextortion");
        Assert.Contains("q=sextortion", page.Url, StringComparison.Ordinal);
    }
}
