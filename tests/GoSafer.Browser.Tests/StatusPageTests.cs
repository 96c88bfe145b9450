using static Microsoft.Playwright.Assertions;

namespace GoSafer.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class StatusPageTests(BrowserHub hub)
{
    [Fact]
    public async Task A_submitter_sees_the_boards_change_request_and_its_reason_with_the_receipt()
    {
        var accepted = await hub.SubmitAsync(Samples.Resource("Feedback sample", "A resource the board asks to improve before publishing it."));
        var id = accepted["id"]!.GetValue<string>();
        await hub.DecideAsync(id, "request-changes", "Please add the age range and a link to the evaluation.");
        await using var session = await hub.OpenAsync();
        var page = session.Page;

        await Pages.OpenAsync(page, $"status.html?id={id}", "#status-form");
        await Expect(page.Locator("#status-result")).ToBeHiddenAsync();
        await page.Locator("#receipt-input").FillAsync(accepted["receipt"]!.GetValue<string>());
        await page.Locator("#receipt-input").PressAsync("Enter");

        await Expect(page.Locator("#status-value")).ToHaveTextAsync("Changes requested");
        await Expect(page.Locator(".feedback li")).ToHaveCountAsync(1);
        await Expect(page.Locator(".feedback li")).ToContainTextAsync("Please add the age range and a link to the evaluation.");
        await Expect(page.Locator(".feedback li")).ToContainTextAsync("Changes requested");
        Assert.Contains("#receipt=", page.Url, StringComparison.Ordinal);
    }
}
