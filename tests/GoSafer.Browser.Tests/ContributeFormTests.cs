using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GoSafer.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ContributeFormTests(BrowserHub hub)
{
    [Fact]
    public async Task A_resource_submitted_with_field_errors_first_then_correctly_reaches_the_receipt_and_its_status()
    {
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        var posts = 0;
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/api/resources", StringComparison.Ordinal))
            {
                posts++;
            }
        };
        await Pages.OpenAsync(page, "contribute.html", "#harms-list input");

        await page.Locator("#title").FillAsync("Safe chats for pupils");
        await page.Locator("#description").FillAsync("A lesson for 9-12 year olds about online grooming: how groomers build trust and how to tell a trusted adult.");
        await page.Locator("#url").FillAsync("not a link");
        await page.Locator("#organization").FillAsync("My NGO");
        await page.Locator("#countries").FillAsync("XX");
        await page.Locator("#contactName").FillAsync("Ana");
        await page.Locator("#contactEmail").FillAsync("ana@example.org");

        // Validation as the user types: the URL error appears once the field is left.
        await page.Locator("#organization").FocusAsync();
        await Expect(page.Locator("#url-error")).ToContainTextAsync("http");
        await Expect(page.Locator("#url")).ToHaveAttributeAsync("aria-invalid", "true");

        // Tag suggestions from the description, applied with one click.
        await page.Locator("#suggest-tags").ClickAsync();
        var grooming = page.Locator("#tag-chips button", new() { HasText = "grooming" });
        await Expect(grooming).ToBeVisibleAsync();
        await grooming.ClickAsync();
        await Expect(page.Locator("#harms-ocsea-grooming")).ToBeCheckedAsync();

        // Submitting with client-side errors sends nothing and lists the errors.
        await page.Locator("#submit").ClickAsync();
        await Expect(page.Locator("#resource-form-summary")).ToBeFocusedAsync();
        await Expect(page.Locator("#resource-form-summary")).ToContainTextAsync("Link to the resource");
        await Expect(page.Locator("#languages-error")).ToBeVisibleAsync();
        Assert.Equal(0, posts);

        // Fixing the URL clears its error live; the server refuses the unknown country code.
        await page.Locator("#url").FillAsync("https://example.org/safe-chats");
        await Expect(page.Locator("#url-error")).ToBeHiddenAsync();
        await page.Locator("#languages-en").CheckAsync();
        await page.Locator("#submit").ClickAsync();
        await Expect(page.Locator("#countries-error")).ToContainTextAsync("ISO 3166-1");
        await Expect(page.Locator("#countries")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(1, posts);

        // Corrected, with an attachment (multipart/form-data).
        await page.Locator("#countries").FillAsync("AM");
        await page.Locator("#attachment").SetInputFilesAsync(new FilePayload
        {
            Name = "notes.txt",
            MimeType = "text/plain",
            Buffer = Encoding.UTF8.GetBytes("Teacher notes: signs of online grooming and how to respond."),
        });
        await page.Locator("#submit").ClickAsync();

        await Expect(page.Locator("#receipt-heading")).ToBeFocusedAsync();
        await Expect(page.Locator("#resource-form")).ToBeHiddenAsync();
        var receipt = await page.Locator("#receipt-value").InnerTextAsync();
        Assert.True(receipt.Length >= 20, receipt);
        await Expect(page.Locator("#receipt")).ToContainTextAsync("Keep this receipt");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHub.ScreenshotFolder, "receipt-desktop.png"), FullPage = true });

        await page.Locator("#status-link").ClickAsync();
        await Expect(page.Locator("#status-value")).ToHaveTextAsync("Pending review");
        await Expect(page.Locator("#status-result h2")).ToHaveTextAsync("Safe chats for pupils");
        Assert.DoesNotContain(receipt, new Uri(page.Url).Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nomination_without_consent_is_held_back_and_with_it_reaches_the_receipt()
    {
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        await Pages.OpenAsync(page, "nominate.html", "#expertise-list input");

        await page.Locator("#nomineeName").FillAsync("Dr Lena Petrosyan");
        await page.Locator("#nomineeEmail").FillAsync("lena@example.org");
        await page.Locator("#nomineeAffiliation").FillAsync("Yerevan State University");
        await page.Locator("#expertise-ocsea-grooming").CheckAsync();
        await page.Locator("#role-research").CheckAsync();
        await page.Locator("#statement").FillAsync("Fifteen years of research on grooming prevention in schools.");
        await page.Locator("#nominatorName").FillAsync("Ana");
        await page.Locator("#nominatorEmail").FillAsync("ana@example");
        await page.Locator("#submit").ClickAsync();

        await Expect(page.Locator("#consent-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#nominatorEmail-error")).ToBeVisibleAsync();

        await page.Locator("#nominatorEmail").FillAsync("ana@example.org");
        await Expect(page.Locator("#nominatorEmail-error")).ToBeHiddenAsync();
        await page.Locator("#consent").CheckAsync();
        await page.Locator("#submit").ClickAsync();

        await Expect(page.Locator("#receipt-heading")).ToBeFocusedAsync();
        await Expect(page.Locator("#receipt-id")).ToContainTextAsync("nom_");
    }

    [Fact]
    public async Task Submitting_the_same_resource_twice_explains_that_it_is_already_there()
    {
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        await Pages.OpenAsync(page, "contribute.html", "#harms-list input");
        var url = $"https://example.org/twice/{Guid.NewGuid():N}";
        await hub.SubmitAsync(new
        {
            title = "Twice submitted",
            description = "A resource that someone already submitted earlier today.",
            url,
            organization = "My NGO",
            languages = new[] { "en" },
            contact = new { name = "Ana", email = "ana@example.org" },
        });

        await page.Locator("#title").FillAsync("Twice submitted");
        await page.Locator("#description").FillAsync("A resource that someone already submitted earlier today.");
        await page.Locator("#url").FillAsync(url);
        await page.Locator("#organization").FillAsync("My NGO");
        await page.Locator("#languages-en").CheckAsync();
        await page.Locator("#contactName").FillAsync("Ana");
        await page.Locator("#contactEmail").FillAsync("ana@example.org");
        await page.Locator("#submit").ClickAsync();

        await Expect(page.Locator("#resource-form-summary")).ToContainTextAsync("already been submitted");
        await Expect(page.Locator("#receipt")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Submitting_again_after_a_lost_answer_shows_the_first_receipt_instead_of_a_duplicate()
    {
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        var keys = new List<string?>();
        string? firstAnswer = null;
        await page.RouteAsync("**/api/resources", async route =>
        {
            keys.Add(await route.Request.HeaderValueAsync("idempotency-key"));
            if (firstAnswer is null)
            {
                // The server stores the submission and answers, but the answer never reaches the page.
                var response = await route.FetchAsync();
                firstAnswer = await response.TextAsync();
                await route.AbortAsync("connectionreset");
                return;
            }

            await route.ContinueAsync();
        });
        await Pages.OpenAsync(page, "contribute.html", "#harms-list input");

        await page.Locator("#title").FillAsync("Lost answer lesson");
        await page.Locator("#description").FillAsync("A lesson whose first answer was lost on a bad connection.");
        await page.Locator("#url").FillAsync($"https://example.org/lost/{Guid.NewGuid():N}");
        await page.Locator("#organization").FillAsync("My NGO");
        await page.Locator("#languages-en").CheckAsync();
        await page.Locator("#contactName").FillAsync("Ana");
        await page.Locator("#contactEmail").FillAsync("ana@example.org");
        await page.Locator("#submit").ClickAsync();
        await Expect(page.Locator("#resource-form-summary")).ToBeVisibleAsync();
        await Expect(page.Locator("#receipt")).ToBeHiddenAsync();

        // Unchanged form, same key: the first answer, not "already submitted".
        await page.Locator("#submit").ClickAsync();
        await Expect(page.Locator("#receipt-heading")).ToBeFocusedAsync();
        var first = System.Text.Json.Nodes.JsonNode.Parse(firstAnswer!)!;
        await Expect(page.Locator("#receipt-id")).ToContainTextAsync(first["id"]!.GetValue<string>());
        await Expect(page.Locator("#receipt-value")).ToHaveTextAsync(first["receipt"]!.GetValue<string>());
        Assert.Equal(2, keys.Count);
        Assert.False(string.IsNullOrEmpty(keys[0]));
        Assert.Equal(keys[0], keys[1]);
    }

    [Fact]
    public async Task An_edited_form_is_sent_with_a_new_idempotency_key()
    {
        await using var session = await hub.OpenAsync();
        var page = session.Page;
        var keys = new List<string?>();
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/api/resources", StringComparison.Ordinal))
            {
                keys.Add(request.Headers.GetValueOrDefault("idempotency-key"));
            }
        };
        await Pages.OpenAsync(page, "contribute.html", "#harms-list input");
        await page.Locator("#title").FillAsync("Edited lesson");
        await page.Locator("#description").FillAsync("A lesson submitted with a country code the server refuses.");
        await page.Locator("#url").FillAsync($"https://example.org/edited/{Guid.NewGuid():N}");
        await page.Locator("#organization").FillAsync("My NGO");
        await page.Locator("#countries").FillAsync("XX");
        await page.Locator("#languages-en").CheckAsync();
        await page.Locator("#contactName").FillAsync("Ana");
        await page.Locator("#contactEmail").FillAsync("ana@example.org");
        await page.Locator("#submit").ClickAsync();
        await Expect(page.Locator("#countries-error")).ToContainTextAsync("ISO 3166-1");

        await page.Locator("#countries").FillAsync("AM");
        await page.Locator("#submit").ClickAsync();
        await Expect(page.Locator("#receipt-heading")).ToBeFocusedAsync();
        Assert.Equal(2, keys.Count);
        Assert.All(keys, key => Assert.False(string.IsNullOrEmpty(key)));
        Assert.NotEqual(keys[0], keys[1]);
    }
}
