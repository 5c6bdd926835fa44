using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Domain.Time;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Issue 8, the infusion: the clinician orders from a course; the nurse is refused a unit of another lot, passes the bedside check,
// records two sets of vital signs (the second a fever, highlighted) and completes the infusion.
public sealed class InfusionJourneyTests(BrowserApp app)
{
    private async Task<(IPage Page, List<string> Problems)> SignedInAsync(ClinicRole role, bool phone = false)
    {
        var (page, problems) = phone ? await app.NewPhonePageAsync("zh-CN") : await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await new LoginPage(page).SignInAsync(DemoSeeder.EmailFor(role), BrowserApp.DemoPassword);
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Account/Login"));
        return (page, problems);
    }

    [Fact]
    public async Task Clinician_Orders_Nurse_IsRefusedAWrongUnit_PassesTheCheck_RecordsAFever_AndCompletes()
    {
        var ward = await InfusionArrangements.CourseWithReleasedLotsAsync(app);
        var now = ClinicTime.Local(DateTimeOffset.UtcNow, ward.TimeZoneId);
        var (clinician, clinicianProblems) = await SignedInAsync(ClinicRole.Clinician);
        var (nurse, nurseProblems) = await SignedInAsync(ClinicRole.Nurse);

        var bedside = await new InfusionPages(clinician).OrderAsync(ward.CourseId, ward.Lot.LotNumber, 1.0m, 70m, now.AddMinutes(30));
        await nurse.GotoAsync(bedside);
        var infusion = new InfusionPages(nurse);
        var refusal = await infusion.IdentityCheckAsync(ward.Mrn, [ward.OtherLot.Units[0].Code]);
        var passed = await infusion.IdentityCheckAsync(ward.Mrn, [ward.Lot.Units[0].Code]);
        await infusion.RecordVitalSignsAsync(now, 36.8m, 72, 120, 78, 16, 97);
        await infusion.RecordVitalSignsAsync(now, 38.4m, 104, 118, 76, 18, 96);
        await Assertions.Expect(infusion.FeverBanner).ToContainTextAsync("38.4 °C");
        await Assertions.Expect(infusion.FlaggedReadings).ToHaveCountAsync(2);
        await BrowserApp.ScreenshotAsync(nurse, "infusion-bedside");
        // Typed to the minute: the minute after the one the check passed in is after the start and at most a minute ahead of the clock.
        await infusion.CompleteAsync(ClinicTime.Local(DateTimeOffset.UtcNow, ward.TimeZoneId).AddMinutes(1));

        Assert.Contains(ward.OtherLot.Units[0].Code, refusal, StringComparison.Ordinal);
        Assert.Contains("another lot", refusal, StringComparison.Ordinal);
        Assert.Null(passed);
        await Assertions.Expect(infusion.Status).ToHaveTextAsync("Completed");
        Assert.Empty(clinicianProblems);
        Assert.Empty(nurseProblems);

        // The pages fit a phone 390 px wide, in Chinese, with the readings and the schedule scrolling inside their own boxes.
        var (phone, phoneProblems) = await SignedInAsync(ClinicRole.Nurse, phone: true);
        foreach (var path in new[] { bedside, "/Infusions" })
        {
            await phone.GotoAsync(path);
            Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), path + " scrolls sideways");
        }
        Assert.Empty(phoneProblems);
    }
}
