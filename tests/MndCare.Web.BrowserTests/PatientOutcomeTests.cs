using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Issue 10, "Each patient": a clinician opens the outcome page of the demo patient whose course is completed, from the patient
// record, and reads the honest wording, the slopes, the charts, ENCALS and D50; on a 390 px phone, in Chinese, nothing scrolls sideways.
public sealed class PatientOutcomeTests(BrowserApp app)
{
    [Fact]
    public async Task Clinician_OpensTheOutcomeOfADemoPatientWithACourse_AndItFitsAPhone()
    {
        await using var db = app.Database.CreateContext();
        var patientId = await db.TreatmentCourses.AsNoTracking()
            .Where(c => c.ClinicId == DemoSeeder.DemoClinicId && c.Status == CourseStatus.Completed).Select(c => c.PatientId)
            .FirstAsync(TestContext.Current.CancellationToken);
        var (page, problems) = await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await new LoginPage(page).SignInAsync(DemoSeeder.EmailFor(ClinicRole.Clinician), BrowserApp.DemoPassword);
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Account/Login"));
        var outcome = new PatientOutcomePage(page);

        await outcome.OpenFromPatientRecordAsync(patientId);

        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/Patients/{patientId}/Outcomes$"));
        await Assertions.Expect(outcome.HonestWording).ToContainTextAsync("One patient's change in slope cannot show that a treatment works.");
        await Assertions.Expect(outcome.HonestWording).ToContainTextAsync("no phase 3 trial has met its primary endpoint");
        await Assertions.Expect(outcome.SlopeRow("beforeCourse")).ToBeVisibleAsync();
        await Assertions.Expect(outcome.SlopeRow("afterCourse")).ToBeVisibleAsync();
        await Assertions.Expect(outcome.SlopeRow("change")).ToBeVisibleAsync();
        await Assertions.Expect(outcome.Chart("trend")).ToBeVisibleAsync();
        await Assertions.Expect(outcome.Chart("alsfrs")).ToBeVisibleAsync();
        await Assertions.Expect(outcome.Chart("weight")).ToBeVisibleAsync(); // the infusions' weighings
        await Assertions.Expect(outcome.Encals).ToBeVisibleAsync();
        await Assertions.Expect(outcome.D50).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "patient-outcome");

        var (phone, phoneProblems) = await app.NewPhonePageAsync("zh-CN");
        await phone.GotoAsync("/Account/Login");
        await new LoginPage(phone).SignInAsync(DemoSeeder.EmailFor(ClinicRole.Clinician), BrowserApp.DemoPassword);
        await Assertions.Expect(phone).Not.ToHaveURLAsync(new Regex("/Account/Login"));
        var onPhone = new PatientOutcomePage(phone);
        await onPhone.OpenAsync(patientId);
        await Assertions.Expect(onPhone.HonestWording).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(phone, "patient-outcome-phone-zh");
        var widths = await onPhone.WidthsAsync();

        Assert.True(widths[0] <= widths[1] && widths[1] == BrowserApp.PhoneWidth, $"the outcome page scrolls sideways: {widths[0]} px in {widths[1]} px");
        Assert.Empty(problems);
        Assert.Empty(phoneProblems);
    }
}
