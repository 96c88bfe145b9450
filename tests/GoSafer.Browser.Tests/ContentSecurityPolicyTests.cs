using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GoSafer.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserHub hub)
{
    internal const string RecordViolations =
        "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    [Fact]
    public async Task No_page_causes_a_csp_violation_and_the_detail_page_embeds_its_json_ld_as_data()
    {
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        await page.AddInitScriptAsync(RecordViolations);
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };

        foreach (var (name, path, ready) in Pages.All)
        {
            var response = await page.GotoAsync(Pages.WithUi(path, "en"));
            Assert.Contains("script-src 'self'", response!.Headers["content-security-policy"], StringComparison.Ordinal);
            await Expect(page.Locator(ready).First).ToBeAttachedAsync();
            var violations = await page.EvaluateAsync<string[]>("window.__cspViolations");
            Assert.True(violations.Length == 0, $"{name}: {string.Join(", ", violations)}");
        }

        Assert.Empty(consoleErrors);

        await page.GotoAsync(Pages.WithUi($"resource.html?id={Pages.DemoResourceId}", "en"));
        await Expect(page.Locator("#resource h1")).ToBeVisibleAsync();
        var jsonLd = await page.EvaluateAsync<string[]>(
            "(() => { const d = JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent); return [d['@type'], d.name, d.typicalAgeRange]; })()");
        Assert.Equal("LearningResource", jsonLd[0]);
        Assert.Equal(await page.Locator("#resource h1").InnerTextAsync(), jsonLd[1]);
        Assert.Equal("7-11", jsonLd[2]);
        Assert.Empty(await page.EvaluateAsync<string[]>("window.__cspViolations"));
    }

    [Fact]
    public async Task The_real_csp_refuses_an_injected_inline_script()
    {
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        await page.AddInitScriptAsync(RecordViolations);
        await Pages.OpenAsync(page, "index.html", "#results li.result-card");

        try
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = "window.__injected = true;" });
        }
        catch (PlaywrightException)
        {
            // Playwright reports the refusal itself on some versions.
        }

        Assert.False(await page.EvaluateAsync<bool>("window.__injected === true"));
        Assert.Contains(await page.EvaluateAsync<string[]>("window.__cspViolations"), v => v.StartsWith("script-src", StringComparison.Ordinal));
    }
}
