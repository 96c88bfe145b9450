using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GoSafer.Browser.Tests;

/// <summary>The pages of the front end and how to tell that each has finished drawing.</summary>
public static class Pages
{
    public static readonly string[] UiLanguages = ["ar", "zh", "en", "fr", "ru", "es"];

    public const string DemoResourceId = "demo-001";

    /// <summary>Page name → relative URL (without ui) and a selector that appears once it is drawn.</summary>
    public static IReadOnlyList<(string Name, string Path, string Ready)> All { get; } =
    [
        ("search", "index.html", "#results li.result-card"),
        ("resource", $"resource.html?id={DemoResourceId}", "#resource h1"),
        ("contribute", "contribute.html", "#harms-list input"),
        ("nominate", "nominate.html", "#expertise-list input"),
        ("status", "status.html", "#status-form"),
        ("gaps", "gaps.html", "#gaps-table tbody tr"),
        ("review", "review.html", "#sign-in-form"),
    ];

    /// <summary>Adds ui= to the query, before any #fragment.</summary>
    public static string WithUi(string path, string ui)
    {
        var hash = path.IndexOf('#', StringComparison.Ordinal);
        var (main, fragment) = hash < 0 ? (path, "") : (path[..hash], path[hash..]);
        return main + (main.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "ui=" + ui + fragment;
    }

    public static async Task OpenAsync(IPage page, string path, string ready, string ui = "en")
    {
        await page.GotoAsync(WithUi(path, ui));
        await Expect(page.Locator(ready).First).ToBeAttachedAsync();
        await Expect(page.Locator("#site-header nav")).ToBeVisibleAsync();
    }
}
