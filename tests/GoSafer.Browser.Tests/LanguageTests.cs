using System.Text.Json;
using GoSafer.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GoSafer.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(BrowserHub hub)
{
    [Fact]
    public async Task The_arabic_interface_renders_right_to_left()
    {
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        await Pages.OpenAsync(page, "index.html", "#results li.result-card", "ar");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("البحث عن موارد تعليمية وقائية");
        // The facet panel, first in reading order, sits on the right.
        var facets = await page.Locator(".facet-panel").BoundingBoxAsync();
        var results = await page.Locator(".results-panel").BoundingBoxAsync();
        Assert.True(facets!.X > results!.X, $"facets at {facets.X}, results at {results.X}");
        // Taxonomy labels come from the API in Arabic too.
        await Expect(page.Locator("fieldset[data-facet=harm] legend")).ToHaveTextAsync("نوع الضرر");
        await Expect(page.Locator("#facet-harm-cyberbullying + label .facet-label")).Not.ToHaveTextAsync("Cyberbullying");
    }

    [Fact]
    public async Task Every_page_in_every_language_translates_every_string()
    {
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        foreach (var ui in Pages.UiLanguages)
        {
            var strings = JsonSerializer.Deserialize<Dictionary<string, string>>(
                await File.ReadAllTextAsync(RepositoryPaths.Combine("web", "GoSafer.Web", "wwwroot", "i18n", $"{ui}.json")))!;
            foreach (var (name, path, ready) in Pages.All)
            {
                await Pages.OpenAsync(page, path, ready, ui);
                await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", ui == "ar" ? "rtl" : "ltr");
                var untranslated = await page.EvaluateAsync<string[]>(
                    """
                    keys => {
                      const bad = [];
                      for (const n of document.querySelectorAll('[data-i18n]')) {
                        const text = n.textContent.trim();
                        if (!text || text === n.dataset.i18n) bad.push(n.dataset.i18n);
                      }
                      for (const n of document.querySelectorAll('[data-i18n-placeholder]')) {
                        if (!n.placeholder || n.placeholder === n.dataset.i18nPlaceholder) bad.push(n.dataset.i18nPlaceholder);
                      }
                      for (const n of document.querySelectorAll('[data-i18n-aria-label]')) {
                        const label = n.getAttribute('aria-label');
                        if (!label || label === n.dataset.i18nAriaLabel) bad.push(n.dataset.i18nAriaLabel);
                      }
                      const text = document.body.innerText + ' ' + document.title;
                      for (const key of keys) if (text.includes(key)) bad.push('shown raw: ' + key);
                      return bad;
                    }
                    """, strings.Keys.ToArray());
                Assert.True(untranslated.Length == 0, $"{ui} {name}: {string.Join(", ", untranslated)}");
                await Expect(page.Locator("#site-header nav a").First).ToHaveTextAsync(strings["nav.search"]);
            }
        }
    }

    [Fact]
    public async Task The_language_switcher_keeps_the_search_and_moves_the_ui_to_the_url()
    {
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        await Pages.OpenAsync(page, "index.html?q=grooming", "#results li.result-card");

        await page.Locator("#ui-select").SelectOptionAsync("fr");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.Locator("#q")).ToHaveValueAsync("grooming");
        Assert.Contains("ui=fr", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("#summary")).ToContainTextAsync("Ressources trouvées");
    }
}
