using Microsoft.Playwright;

namespace MndCare.Web.BrowserTests.Pages;

/// <summary>The sign-in page, as a user sees it (found by field ids, so it works in every interface language).</summary>
public sealed class LoginPage(IPage page)
{
    public async Task SignInAsync(string email, string password)
    {
        await page.Locator("#Email").FillAsync(email);
        await page.Locator("#Password").FillAsync(password);
        await page.Locator("main form button[type=submit]").ClickAsync();
    }
}
