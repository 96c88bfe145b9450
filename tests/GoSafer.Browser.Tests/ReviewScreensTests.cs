using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GoSafer.Browser.Tests;

/// <summary>The board's screens: sign-in, both queues end to end, conflicts, the roster and the audit view.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewScreensTests(BrowserHub hub)
{
    /// <summary>Opens a board page signed out and signs in through its form.</summary>
    private static async Task SignInAsync(IPage page, string name, string path = "review.html", string ui = "en")
    {
        await Pages.OpenAsync(page, path, "#sign-in-form", ui);
        await page.Locator("#board-key").FillAsync(BrowserHub.KeyOf(name));
        await page.Locator("#board-key").PressAsync("Enter");
        await Expect(page.Locator("#member-name")).ToHaveTextAsync(name);
    }

    /// <summary>Pages through the queue (oldest first) until the item is listed, then opens it.</summary>
    private static async Task OpenFromQueueAsync(IPage page, string title)
    {
        var link = page.Locator("#queue a", new() { HasTextString = title });
        for (var number = 1; ; number++)
        {
            await Expect(page.Locator("#queue-page-of")).ToHaveTextAsync(new Regex($"^Page {number} of"));
            if (await link.CountAsync() > 0)
            {
                break;
            }

            await page.Locator("#queue-pages a[rel=next]").ClickAsync();
        }

        await link.ClickAsync();
        await Expect(page.Locator("#item-title")).ToHaveTextAsync(title);
    }

    private static async Task DecideAsync(IPage page, string decision, string reason)
    {
        await page.Locator("#conflict-none").CheckAsync();
        await page.Locator($"#decision-{decision}").CheckAsync();
        await page.Locator("#reason").FillAsync(reason);
        await page.Locator("#submit").ClickAsync();
    }

    private static Task CaptureAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHub.ScreenshotFolder, $"{name}.png"), FullPage = true });

    private static async Task AssertNothingPersonalIsKeptAsync(IPage page)
    {
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length"));
        Assert.Empty(await page.EvaluateAsync<string[]>("window.__cspViolations"));
    }

    [Fact]
    public async Task A_reviewer_approves_a_resource_into_public_search_and_requests_changes_on_another()
    {
        var word = Samples.UniqueWord();
        var approved = $"Approve me {word}";
        var changed = $"Change me {word}";
        await hub.SubmitAsync(Samples.Resource(approved, "A lesson on grooming signs that the board approves in the browser."));
        await hub.SubmitAsync(Samples.Resource(changed, "A lesson on grooming signs that the board sends back for changes."));
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        await page.AddInitScriptAsync(ContentSecurityPolicyTests.RecordViolations);

        await SignInAsync(page, "rita");
        await Expect(page.Locator("#member-role")).ToHaveTextAsync("Reviewer");
        await Expect(page.Locator("#kind-resources")).ToHaveAttributeAsync("aria-current", "page");
        await CaptureAsync(page, "board-queue-desktop");

        // Newest first puts the resource submitted last on top; the order lives in the URL.
        await page.Locator("#queue-sort").SelectOptionAsync("newest");
        await Expect(page).ToHaveURLAsync(new Regex("sort=newest"));
        await Expect(page.Locator("#queue li").First).ToContainTextAsync(changed);
        await page.Locator("#queue-sort").SelectOptionAsync("oldest");
        await Expect(page).Not.ToHaveURLAsync(new Regex("sort="));
        await OpenFromQueueAsync(page, approved);
        await Expect(page.Locator("#item")).ToContainTextAsync("ana@example.org");

        // Nothing chosen: the form names both missing choices and the missing reason.
        await page.Locator("#submit").ClickAsync();
        await Expect(page.Locator("#conflict-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#decision-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#reason-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#decision-form-summary")).ToBeFocusedAsync();
        await Expect(page.Locator("main")).Not.ToContainTextAsync("null");

        await DecideAsync(page, "approve", "Evidence-informed and age-appropriate.");
        await Expect(page.Locator("#decision-outcome")).ToContainTextAsync("Approved and published");
        await Expect(page.Locator("#item-status-value")).ToHaveTextAsync("Published");
        await Expect(page.Locator("#decision-history")).ToContainTextAsync("Evidence-informed and age-appropriate.");
        await hub.WaitForSearchTotalAsync($"api/search?pageSize=1&q={word}", total => total >= 1);
        await Pages.OpenAsync(page, $"index.html?q={word}", "#results li.result-card");
        await Expect(page.Locator("#results li.result-card")).ToHaveCountAsync(1);
        await Expect(page.Locator("#results .result-title")).ToHaveTextAsync(approved);

        // The session holds across pages: back to the queue without signing in again.
        await Pages.OpenAsync(page, "review.html", "#queue-page-of");
        await OpenFromQueueAsync(page, changed);
        // A control character passes the page's checks; the server's problem details land beside the reason.
        await DecideAsync(page, "request-changes", "Add the\u0007 evaluation report.");
        await Expect(page.Locator("#reason-error")).ToContainTextAsync("The hub refused this value:");
        await Expect(page.Locator("#reason")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.Locator("#reason").FillAsync("Please add the evaluation report.");
        await page.Locator("#submit").ClickAsync();
        await Expect(page.Locator("#decision-outcome")).ToContainTextAsync("Changes requested");
        await Expect(page.Locator("#item-status-value")).ToHaveTextAsync("Changes requested");
        await Expect(page.Locator("#decision-history li")).ToContainTextAsync("rita");
        await Expect(page.Locator("#decision-form")).ToBeHiddenAsync();
        await AssertNothingPersonalIsKeptAsync(page);
    }

    [Fact]
    public async Task A_nomination_approved_by_two_reviewers_joins_the_roster_and_a_declared_conflict_blocks_deciding()
    {
        var word = Samples.UniqueWord();
        var nominee = $"Expert {word}";
        var conflicted = $"Conflicted {word}";
        var first = (await hub.SubmitAsync("api/nominations", Samples.Nomination(nominee)))["id"]!.GetValue<string>();
        var second = (await hub.SubmitAsync("api/nominations", Samples.Nomination(conflicted)))["id"]!.GetValue<string>();
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        await page.AddInitScriptAsync(ContentSecurityPolicyTests.RecordViolations);

        await SignInAsync(page, "rita");
        await page.Locator("#kind-nominations").ClickAsync();
        await Expect(page.Locator("#kind-nominations")).ToHaveAttributeAsync("aria-current", "page");
        await OpenFromQueueAsync(page, nominee);
        await Expect(page.Locator("#quorum-text")).ToContainTextAsync("0 of 2");
        await DecideAsync(page, "approve", "A strong research record.");
        await Expect(page.Locator("#quorum-text")).ToContainTextAsync("1 of 2");
        await Expect(page.Locator("#item-status-value")).ToHaveTextAsync("Pending review");
        await Expect(page.Locator("#decide-blocked")).ToContainTextAsync("You already decided this version");
        await Expect(page.Locator("#decision-form")).ToBeHiddenAsync();

        await page.Locator("#sign-out").ClickAsync();
        await Expect(page.Locator("#sign-in-form")).ToBeVisibleAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("sessionStorage.length"));

        // A deep link asks for sign-in first, then shows the item.
        await SignInAsync(page, "ruben", $"review-item.html?kind=nomination&id={first}");
        await Expect(page.Locator("#item-title")).ToHaveTextAsync(nominee);
        await DecideAsync(page, "approve", "Agreed: a valuable voice for the network.");
        await Expect(page.Locator("#decision-outcome")).ToContainTextAsync("the expert joins the roster");
        await Expect(page.Locator("#item-status-value")).ToHaveTextAsync("Approved");
        await page.Locator("#decision-outcome a").ClickAsync();
        await Expect(page.Locator("#roster")).ToContainTextAsync(nominee);
        await Expect(page.Locator("#roster")).Not.ToContainTextAsync(conflicted);

        await Pages.OpenAsync(page, $"review-item.html?kind=nomination&id={second}", "#item-title");
        await page.Locator("#conflict-declared").CheckAsync();
        await Expect(page.Locator("#decision-fields")).ToBeHiddenAsync();
        await Expect(page.Locator("#submit")).ToHaveTextAsync("Declare the conflict");
        await page.Locator("#submit").ClickAsync();
        await Expect(page.Locator("#decision-outcome")).ToContainTextAsync("Your conflict of interest is recorded");
        await Expect(page.Locator("#conflicts-declared")).ToHaveTextAsync("ruben");
        await Expect(page.Locator("#decide-blocked")).ToContainTextAsync("You declared a conflict of interest");
        await Expect(page.Locator("#decision-form")).ToBeHiddenAsync();
        await AssertNothingPersonalIsKeptAsync(page);
    }

    [Fact]
    public async Task A_decision_that_lost_the_race_to_another_reviewer_shows_the_servers_refusal()
    {
        var title = $"Raced {Samples.UniqueWord()}";
        var id = (await hub.SubmitAsync(Samples.Resource(title, "A lesson two reviewers decide at the same time.")))["id"]!.GetValue<string>();
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        await SignInAsync(page, "rita", $"review-item.html?kind=resource&id={id}");
        await Expect(page.Locator("#item-status-value")).ToHaveTextAsync("Pending review");

        await hub.DecideAsync("ruben", "resources", id, "approve", "Approved while rita was reading.");
        await DecideAsync(page, "reject", "Out of scope for the hub.");

        await Expect(page.Locator("#decision-refused")).ToBeVisibleAsync();
        await Expect(page.Locator("#decision-refused")).ToBeFocusedAsync();
        await Expect(page.Locator("#decision-refused-detail")).ToContainTextAsync("published");
        await page.Locator("#reload-item").ClickAsync();
        await Expect(page.Locator("#item-status-value")).ToHaveTextAsync("Published");
        await Expect(page.Locator("#decision-history li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#decision-history")).ToContainTextAsync("ruben");
    }

    [Fact]
    public async Task A_wrong_key_is_refused_a_reviewer_has_no_audit_and_an_admin_erases_a_nomination_and_sees_a_verified_chain()
    {
        var nominee = $"Erased {Samples.UniqueWord()}";
        var id = (await hub.SubmitAsync("api/nominations", Samples.Nomination(nominee)))["id"]!.GetValue<string>();
        await using var session = await hub.OpenAsync();
        var page = session.Page;

        await Pages.OpenAsync(page, "review.html", "#sign-in-form");
        await page.Locator("#board-key").FillAsync("not-a-board-key");
        await page.Locator("#sign-in-submit").ClickAsync();
        await Expect(page.Locator("#board-key-error")).ToHaveTextAsync(new Regex("This key was not recognised"));
        await Expect(page.Locator("#board-key")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#board-content")).ToBeHiddenAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("sessionStorage.length"));

        await page.Locator("#board-key").FillAsync(BrowserHub.KeyOf("rita"));
        await page.Locator("#sign-in-submit").ClickAsync();
        await Expect(page.Locator("#member-role")).ToHaveTextAsync("Reviewer");
        await Expect(page.Locator("#board-bar nav a")).ToHaveTextAsync(["Queues", "Roster of experts"]);
        await Pages.OpenAsync(page, "audit.html", "#board-bar nav");
        await Expect(page.Locator("#verification-result")).ToHaveTextAsync("This page is for administrators only.");
        await Expect(page.Locator("#audit-table")).ToBeHiddenAsync();

        await Pages.OpenAsync(page, $"review-item.html?kind=nomination&id={id}", "#item-title");
        await Expect(page.Locator("#erase")).ToBeHiddenAsync();

        await page.Locator("#sign-out").ClickAsync();
        await SignInAsync(page, "ada", $"review-item.html?kind=nomination&id={id}");
        await Expect(page.Locator("#member-role")).ToHaveTextAsync("Administrator");
        await Expect(page.Locator("#item-title")).ToHaveTextAsync(nominee);
        await page.Locator("#erase-submit").ClickAsync();
        await Expect(page.Locator("#erase-confirm-error")).ToHaveTextAsync("Tick the box to confirm the erasure.");
        await page.Locator("#erase-confirm").CheckAsync();
        await page.Locator("#erase-submit").ClickAsync();
        await Expect(page.Locator("#decision-outcome")).ToContainTextAsync("The personal data was erased");
        await Expect(page.Locator("#item-title")).ToHaveTextAsync("[erased]");
        await Expect(page.Locator("#item")).Not.ToContainTextAsync(nominee);
        await Expect(page.Locator("#erase")).ToBeHiddenAsync();

        await page.Locator("#board-bar nav a", new() { HasTextString = "Audit log" }).ClickAsync();
        await Expect(page.Locator("#board-bar nav a")).ToHaveTextAsync(["Queues", "Roster of experts", "Audit log"]);
        await Expect(page.Locator("#verification-result")).ToHaveTextAsync(new Regex("^The chain is intact: all \\d+ entries verified\\.$"));
        await Expect(page.Locator("#verification-result")).ToHaveClassAsync("verify-ok");
        await Expect(page.Locator("#audit-entries tr", new() { HasTextString = "Received" }).First).ToBeVisibleAsync();
        await Expect(page.Locator("#audit-entries tr", new() { HasTextString = id }).Last).ToContainTextAsync("Erasure");
        await Expect(page.Locator("#audit-table")).Not.ToContainTextAsync(nominee);
        await CaptureAsync(page, "board-audit-desktop");
        // The page opens on the latest entries: the last one listed is the last in the chain.
        var total = Regex.Match(await page.Locator("#verification-result").InnerTextAsync(), @"\d+").Value;
        await Expect(page.Locator("#audit-status")).ToHaveTextAsync(new Regex($"^Entries \\d+ to {total} of {total}$"));
    }

    [Fact]
    public async Task Board_pages_have_no_axe_violations_and_the_arabic_item_page_reads_right_to_left()
    {
        var id = (await hub.SubmitAsync("api/nominations", Samples.Nomination($"Axe {Samples.UniqueWord()}")))["id"]!.GetValue<string>();
        await using var session = await hub.OpenAsync(bypassCsp: true);
        var page = session.Page;
        await SignInAsync(page, "ada");
        await Expect(page.Locator("#queue li").First).ToBeAttachedAsync();
        await AccessibilityTests.AssertNoViolationsAsync(page, "review queue");

        await Pages.OpenAsync(page, $"review-item.html?kind=nomination&id={id}", "#item-title", "ar");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("#decide-heading")).ToHaveTextAsync("قرارك");
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.getElementById('item')).direction"));
        // The sign-out button ends the board bar, so in Arabic it sits on the left of the member's name.
        var name = await page.Locator("#signed-in-as").BoundingBoxAsync();
        var signOut = await page.Locator("#sign-out").BoundingBoxAsync();
        Assert.True(signOut!.X < name!.X, $"sign-out at {signOut.X}, name at {name.X}");
        await page.Locator("#submit").ClickAsync();
        await Expect(page.Locator("#decision-form-summary")).ToBeVisibleAsync();
        // Strings drawn by the scripts are translated too: no raw key shows.
        Assert.DoesNotMatch(@"\b(board|queue|item|decide|history|quorum|versions|erase|status|decision|field)\.[a-z]", await page.Locator("body").InnerTextAsync());
        await CaptureAsync(page, "board-item-ar-desktop");
        await AccessibilityTests.AssertNoViolationsAsync(page, "review item (ar) with errors");

        await Pages.OpenAsync(page, "audit.html", "#audit-entries tr");
        await AccessibilityTests.AssertNoViolationsAsync(page, "audit");
        await Pages.OpenAsync(page, "roster.html", "#roster-status:not(:empty)");
        await AccessibilityTests.AssertNoViolationsAsync(page, "roster");
    }

    [Fact]
    public async Task The_item_page_fits_a_360px_phone()
    {
        var title = $"Phone {Samples.UniqueWord()} with a rather long title that has to wrap on a small screen";
        var id = (await hub.SubmitAsync(Samples.Resource(title, "A lesson whose review page is read on a phone.")))["id"]!.GetValue<string>();
        await using var session = await hub.OpenAsync(360, 740);
        var page = session.Page;
        await SignInAsync(page, "rita", $"review-item.html?kind=resource&id={id}");
        await Expect(page.Locator("#item-title")).ToHaveTextAsync(title);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHub.ScreenshotFolder, "review-item-phone.png"), FullPage = true });
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth") <= 0);
        await Pages.OpenAsync(page, "review.html", "#queue li");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth") <= 0);
    }
}
