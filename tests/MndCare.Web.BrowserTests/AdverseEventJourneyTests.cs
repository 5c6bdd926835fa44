using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Domain.Time;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Issue 9, adverse events: a nurse records a serious event; the safety officer (the demo clinician) reads the deadline of the demo's
// serious event on the due list and assesses causality for its lot.
public sealed class AdverseEventJourneyTests(BrowserApp app)
{
    private async Task<(IPage Page, List<string> Problems)> SignedInAsync(ClinicRole role)
    {
        var (page, problems) = await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await new LoginPage(page).SignInAsync(DemoSeeder.EmailFor(role), BrowserApp.DemoPassword);
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Account/Login"));
        return (page, problems);
    }

    [Fact]
    public async Task Nurse_RecordsASeriousEvent_SafetyOfficer_ReadsTheDeadline_AndAssessesTheLot()
    {
        var ward = await InfusionArrangements.CourseWithReleasedLotsAsync(app);
        var today = ClinicTime.LocalDate(DateTimeOffset.UtcNow, ward.TimeZoneId);
        var (nurse, nurseProblems) = await SignedInAsync(ClinicRole.Nurse);
        var (clinician, clinicianProblems) = await SignedInAsync(ClinicRole.Clinician);

        var recorded = await new AdverseEventPage(nurse).RecordAsync(ward.Mrn, "Seizure", 3, today, "hospitalisation");
        var officer = new AdverseEventPage(clinician);
        await officer.OpenDueListAsync();
        var (deadline, demoEvent) = await officer.ReadDeadlineAsync("Aspiration pneumonia");
        // The demo's released lot (DemoCellLab.ReleasedLotNumber), infused in the demo courses.
        await officer.AssessLotCausalityAsync(demoEvent, "UCM-DEMO-01", "possible");

        await Assertions.Expect(nurse.Locator("#ae-deadline")).ToBeVisibleAsync();
        Assert.Matches(@"\d{4}-\d{2}-\d{2}", deadline);
        await Assertions.Expect(clinician.Locator("#suspects")).ToContainTextAsync("Possible");
        Assert.NotEmpty(recorded);
        Assert.Empty(nurseProblems);
        Assert.Empty(clinicianProblems);
    }
}
