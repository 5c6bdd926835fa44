using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Testing;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Issue 9, labs: the nurse enters an ALT above 3 × ULN on the patient's lab page; it is graded by CTCAE v5.0 and alerts by the riluzole
// label, and the clinic's lab list shows the open alert.
public sealed class LabJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Nurse_EntersAnAltAbove3xUln_SeesGrade2AndTheAlert_AndTheClinicListShowsIt()
    {
        await using var db = app.Database.CreateContext();
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == DemoSeeder.DemoClinicId, TestContext.Current.CancellationToken);
        var mrn = "LAB-" + Guid.CreateVersion7().ToString("N")[^8..].ToUpperInvariant();
        var patient = await new TestWorld(app.Services).CreatePatientAsync(clinic, new PatientBuilder().WithName("周建国", "Zhou Jianguo").WithMrn(mrn));
        var (page, problems) = await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await new LoginPage(page).SignInAsync(DemoSeeder.EmailFor(ClinicRole.Nurse), BrowserApp.DemoPassword);
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Account/Login"));
        var labs = new LabResultsPage(page);

        await labs.OpenAsync(patient.Id);
        // 130 U/L with a ULN of 40 U/L is 3.25 × ULN: CTCAE v5.0 grade 2, and above the riluzole label's 3 × ULN.
        var result = await labs.EnterResultAsync("ALT", 130m, "U/L", 40m);

        Assert.Equal("Grade 2 (CTCAE 5.0)", await labs.GradeOfAsync(result));
        Assert.Equal(["altAbove3xUln"], await labs.AlertsOfAsync(result));
        await page.GotoAsync("/Labs");
        await Assertions.Expect(page.Locator("#open-alerts")).ToContainTextAsync(mrn);
        Assert.Empty(problems);
    }
}
