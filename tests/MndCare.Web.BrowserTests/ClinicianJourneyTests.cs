using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

public sealed class ClinicianJourneyTests(BrowserApp app)
{

    [Fact]
    public async Task DemoClinician_SignsIn_FindsAPatient_AndOpensThePatientPage()
    {
        await using var db = app.Database.CreateContext();
        var patient = await db.Patients.Where(p => p.LatinName != null).OrderBy(p => p.Mrn).FirstAsync();
        var (page, problems) = await app.NewPageAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        await BrowserApp.ScreenshotAsync(page, "login");
        await new LoginPage(page).SignInAsync(DemoSeeder.EmailFor(ClinicRole.Clinician), BrowserApp.DemoPassword);
        await BrowserApp.ScreenshotAsync(page, "start");

        await page.GetByLabel("Find a patient").FillAsync(patient.Mrn);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await BrowserApp.ScreenshotAsync(page, "search");
        await page.Locator("#patients").GetByRole(AriaRole.Link, new() { Name = patient.NativeName }).ClickAsync();

        await Assertions.Expect(page.Locator("#patient-name")).ToContainTextAsync(patient.NativeName);
        await Assertions.Expect(page.Locator("#timeline")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "patient");
        Assert.Equal($"{app.BaseUrl}/Patients/{patient.Id}", page.Url);
        Assert.Empty(problems);

        // The page view is in the audit trail with the real client address.
        var read = await db.AuditEvents.AsNoTracking()
            .Where(e => e.Action == "patient.chart.read" && e.EntityId == patient.Id.ToString("D")).ToListAsync();
        Assert.Contains(read, e => e.ClientAddress == "127.0.0.1" && e.ActorRole == "Clinician");
    }

    [Fact]
    public async Task LanguageSwitch_ShowsTheInterfaceInSimplifiedChinese()
    {
        var (page, _) = await app.NewPageAsync(locale: null);

        await page.GotoAsync("/Account/Login");
        await page.Locator("#culture").SelectOptionAsync("zh-Hans");
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("登录");
    }
}
