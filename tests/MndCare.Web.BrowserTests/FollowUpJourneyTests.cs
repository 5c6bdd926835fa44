using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Testing;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Issue 10, follow-up: a course ended about a month ago, so its 1-month rating is due. The nurse sees it in the clinic's due list; the
// patient, on a phone 390 px wide, follows the portal's reminder and rates the ALSFRS-R at home; the nurse then finds the timepoint done.
public sealed class FollowUpJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task APatientRatesAtHomeOnAPhone_AndTheNurseSeesTheDueListAndTheTimepointDone()
    {
        await using var db = app.Database.CreateContext();
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == DemoSeeder.DemoClinicId, TestContext.Current.CancellationToken);
        var world = new TestWorld(app.Services);
        var mrn = "FU-" + Guid.CreateVersion7().ToString("N")[^8..].ToUpperInvariant();
        var patient = await world.CreatePatientAsync(clinic, new PatientBuilder().WithName("刘芳", "Liu Fang").WithMrn(mrn));
        var user = await world.CreatePatientUserAsync(clinic, patient);
        await world.CreateCourseAsync(clinic, patient, clinic.LocalDate(DateTimeOffset.UtcNow).AddDays(-58));

        var (nursePage, nurseProblems) = await app.NewPageAsync();
        await nursePage.GotoAsync("/Account/Login");
        await new LoginPage(nursePage).SignInAsync(DemoSeeder.EmailFor(ClinicRole.Nurse), BrowserApp.DemoPassword);
        await Assertions.Expect(nursePage).Not.ToHaveURLAsync(new Regex("/Account/Login"));
        var nurse = new FollowUpPage(nursePage);
        await nurse.OpenDueListAsync();
        Assert.Equal(["month1"], await nurse.ListedTimepointsAsync(patient.Id));

        var (phone, phoneProblems) = await app.NewPhonePageAsync("zh-CN");
        await phone.GotoAsync("/Account/Login?returnUrl=%2FPortal");
        await new LoginPage(phone).SignInAsync(user.Email!, TestWorld.Password);
        await Assertions.Expect(phone).ToHaveURLAsync(new Regex("/Portal$"));
        var portal = new FollowUpPage(phone);
        Assert.Equal(["month1"], await portal.RemindedTimepointsAsync());
        await portal.StartSelfReportAsync();
        var (content, window) = await portal.WidthsAsync();
        Assert.True(content <= window && window == BrowserApp.PhoneWidth, $"the self-report scrolls sideways: {content} px in {window} px");
        await portal.AnswerAsAsync();
        await portal.RateEveryItemAsync(3);
        await portal.SendAsync();
        await BrowserApp.ScreenshotAsync(phone, "follow-up-self-report");

        await nurse.OpenDueListAsync();
        Assert.Empty(await nurse.ListedTimepointsAsync(patient.Id));
        await nurse.OpenPatientAsync(patient.Id);
        Assert.Equal("done", await nurse.StatusOfAsync("month1"));
        Assert.Empty(phoneProblems);
        Assert.Empty(nurseProblems);
    }
}
