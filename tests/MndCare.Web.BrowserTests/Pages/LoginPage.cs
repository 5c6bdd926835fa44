using Microsoft.Playwright;

namespace MndCare.Web.BrowserTests.Pages;

/// <summary>The sign-in page, as a user sees it.</summary>
public sealed class LoginPage(IPage page)
{
    public async Task SignInAsync(string email, string password)
    {
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
