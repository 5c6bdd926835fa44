using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Issue 9, safety views: the clinician reads the demo clinic's any-event rate with its interval, then a patient's timeline with the
// seeded adverse event beside the infusions.
public sealed class SafetyViewsTests(BrowserApp app)
{
    [Fact]
    public async Task Clinician_ReadsTheAnyEventRate_AndAPatientsTimelineWithItsEvent()
    {
        await using var db = app.Database.CreateContext();
        var patientId = await db.AdverseEvents.AsNoTracking().Where(e => e.ClinicId == DemoSeeder.DemoClinicId).Select(e => e.PatientId)
            .FirstAsync(TestContext.Current.CancellationToken);
        var (page, problems) = await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await new LoginPage(page).SignInAsync(DemoSeeder.EmailFor(ClinicRole.Clinician), BrowserApp.DemoPassword);
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Account/Login"));
        var safety = new SafetyViewsPage(page);

        await safety.OpenClinicRatesAsync();
        var any = await safety.ReadRateAsync("any");
        await safety.OpenPatientTimelineAsync(patientId);

        Assert.Matches(@"^\d+ of \d+ patients \(\d+\.\d%, 95% CI \d+\.\d–\d+\.\d%\)$", any);
        await Assertions.Expect(safety.TimelineRows("AdverseEvent").First).ToBeVisibleAsync();
        Assert.Empty(problems);
    }
}
