using Microsoft.Playwright;

namespace GoSafer.Browser.Tests;

/// <summary>
/// Screenshots of every page at desktop and phone widths (TestResults/screenshots under the test
/// output folder, or GOSAFER_SCREENSHOTS), and no page scrolls sideways on a 360 px phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserHub hub)
{
    public static TheoryData<string, int, int> Viewports() => new()
    {
        { "desktop", 1280, 800 },
        { "phone", 360, 740 },
    };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Every_page_is_captured_and_fits_the_width(string device, int width, int height)
    {
        await using var session = await hub.OpenAsync(width, height);
        var page = session.Page;
        var statusPath = await Samples.StatusPathAsync(hub);
        var shots = Pages.All
            .Select(p => p.Name == "status" ? (p.Name, statusPath, "#status-value", "en") : (p.Name, p.Path, p.Ready, "en"))
            .Append(("search-ar", "index.html?q=grooming", "#results li.result-card", "ar"))
            .Append(("search-zh", "index.html?harm=ocsea", "#results li.result-card", "zh"))
            .Append(("gaps-ru", "gaps.html", "#gaps-table tbody tr", "ru"));

        foreach (var (name, path, ready, ui) in shots)
        {
            await Pages.OpenAsync(page, path, ready, ui);
            var file = Path.Combine(BrowserHub.ScreenshotFolder, $"{name}-{device}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            Assert.True(new FileInfo(file).Length > 1000, file);
            if (width < 600)
            {
                // The first screen of a long phone page, at a size one can look at.
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.ChangeExtension(file, null) + "-top.png" });
            }

            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{name} ({device}) is {overflow}px wider than the screen");
            if (name.StartsWith("gaps", StringComparison.Ordinal))
            {
                var tableOverflow = await page.EvaluateAsync<int>("(() => { const s = document.getElementById('gaps-scroll'); return s.scrollWidth - s.clientWidth; })()");
                Assert.True(tableOverflow <= 0, $"{name} ({device}): the gap map needs {tableOverflow}px of sideways scrolling");
            }
        }
    }
}
