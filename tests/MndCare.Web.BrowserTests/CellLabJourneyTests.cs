using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MndCare.Application.Demo;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Issue 8, two-person release: one cell-lab user registers a donor and a lot and enters its results; their own release is refused
// with a clear message; a second cell-lab user releases the lot.
public sealed class CellLabJourneyTests(BrowserApp app)
{
    private async Task<(IPage Page, List<string> Problems)> SignedInAsync(string email)
    {
        var (page, problems) = await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await new LoginPage(page).SignInAsync(email, BrowserApp.DemoPassword);
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Account/Login"));
        return (page, problems);
    }

    [Fact]
    public async Task TheUserWhoEnteredTheResults_CannotRelease_ASecondCellLabUserCan()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.Date);
        var donorCode = DonorCode.FromSequence(Random.Shared.Next(500_000, 900_000)).Value;
        var lotNumber = "UCMB" + Random.Shared.Next(10_000, 99_999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-01";
        var (first, firstProblems) = await SignedInAsync(DemoSeeder.EmailFor(ClinicRole.CellLab));
        var enterer = new CellLabPage(first);

        await first.Locator("nav a[href='/CellLab']").ClickAsync();
        await enterer.CreateDonorAsync(donorCode, today.AddDays(-40), today.AddDays(-30));
        var lotId = await enterer.CreateLotAsync(lotNumber, donorCode, today.AddDays(-20), today.AddDays(90), thawToEndLimitMinutes: 90);
        await enterer.EnterResultsWithinSpecificationAsync(lotId);
        var refusal = await enterer.ReleaseRefusedAsync(lotId, BrowserApp.DemoPassword);

        Assert.Contains("You entered this lot's results, so you cannot release it", refusal, StringComparison.Ordinal);
        Assert.Equal("quarantined", await enterer.StatusAsync(lotId));

        var (second, secondProblems) = await SignedInAsync(DemoSeeder.SecondCellLabEmail);
        var releaser = new CellLabPage(second);
        await releaser.ReleaseAsync(lotId, BrowserApp.DemoPassword);
        await BrowserApp.ScreenshotAsync(second, "cell-lab-lot-released");

        Assert.Equal("released", await releaser.StatusAsync(lotId));
        await Assertions.Expect(second.Locator("#released-by")).ToContainTextAsync("Demo CellLab 2");
        await Assertions.Expect(second.Locator("#thaw-limit")).ToContainTextAsync("90");
        Assert.Empty(firstProblems);
        Assert.Empty(secondProblems);
        await AssertFitsAPhoneAsync([$"/CellLab/Lots/{lotId}", "/CellLab", $"/CellLab/Donors/{donorCode}", "/CellLab/Storage",
            $"/CellLab/Lots/{lotId}/Recipients"]);
    }

    // The cell-lab pages never scroll sideways on a phone 390 px wide (wide tables scroll inside their own box or collapse).
    private async Task AssertFitsAPhoneAsync(IReadOnlyList<string> paths)
    {
        var (page, problems) = await app.NewPhonePageAsync("en-GB");
        await page.GotoAsync("/Account/Login");
        await new LoginPage(page).SignInAsync(DemoSeeder.SecondCellLabEmail, BrowserApp.DemoPassword);
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Account/Login"));
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            Assert.True(widths[0] <= widths[1] && widths[1] == BrowserApp.PhoneWidth, $"{path} scrolls sideways: {widths[0]} px in {widths[1]} px");
        }
        Assert.Empty(problems);
    }
}
