using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GoSafer.Browser.Tests;

/// <summary>
/// axe-core (npm, tests/browser) finds no violations. Injecting it needs BypassCSP, as the real
/// CSP refuses injected scripts; ContentSecurityPolicyTests proves that CSP is in force.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserHub hub)
{
    private const string RunAxe =
        """
        async () => {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' → ' +
            v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
        }
        """;

    public static TheoryData<string> PageNames() => new(Pages.All.Select(p => p.Name));

    public static TheoryData<string> Languages() => new(Pages.UiLanguages);

    [Theory]
    [MemberData(nameof(PageNames))]
    public async Task Every_page_in_english_has_no_axe_violations(string name)
    {
        var (_, path, ready) = Pages.All.Single(p => p.Name == name);
        if (name == "status")
        {
            (path, ready) = (await Samples.StatusPathAsync(hub), "#status-value");
        }

        await using var session = await hub.OpenAsync(bypassCsp: true);
        await Pages.OpenAsync(session.Page, path, ready);
        await AssertNoViolationsAsync(session.Page, name);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_search_page_in_each_language_has_no_axe_violations(string ui)
    {
        await using var session = await hub.OpenAsync(bypassCsp: true);
        await Pages.OpenAsync(session.Page, "index.html?harm=ocsea", "#results li.result-card", ui);
        await AssertNoViolationsAsync(session.Page, $"search ({ui})");
    }

    [Fact]
    public async Task The_contribute_form_showing_errors_and_the_phone_search_with_open_filters_have_no_axe_violations()
    {
        await using (var session = await hub.OpenAsync(bypassCsp: true))
        {
            await Pages.OpenAsync(session.Page, "contribute.html", "#harms-list input");
            await session.Page.Locator("#url").FillAsync("nope");
            await session.Page.Locator("#submit").ClickAsync();
            await Expect(session.Page.Locator("#resource-form-summary")).ToBeVisibleAsync();
            await AssertNoViolationsAsync(session.Page, "contribute with errors");
        }

        await using (var session = await hub.OpenAsync(360, 740, bypassCsp: true))
        {
            await Pages.OpenAsync(session.Page, "index.html?q=grooming", "#results li.result-card");
            await session.Page.Locator("#filters-toggle").ClickAsync();
            await Expect(session.Page.Locator("#facets")).ToBeVisibleAsync();
            await AssertNoViolationsAsync(session.Page, "phone search");
        }
    }

    internal static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        Assert.True(File.Exists(BrowserHub.AxeScriptPath), $"{BrowserHub.AxeScriptPath} is missing: run npm ci in tests/browser");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = BrowserHub.AxeScriptPath });
        var violations = await page.EvaluateAsync<JsonElement>(RunAxe);
        var list = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(list.Count == 0, $"{what}: {string.Join(Environment.NewLine, list)}");
    }
}
