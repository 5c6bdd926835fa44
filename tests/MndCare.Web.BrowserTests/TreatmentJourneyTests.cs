using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MndCare.Application.Demo;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.Time;
using MndCare.Testing;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Issue 8, "Bad input and tests": the whole journey in one browser session per person. The clinician plans a course; one cell-lab
// user enters a lot's results and a second releases it; the clinician orders an infusion; the nurse is refused a wrong unit, passes
// the identity check, records vital signs and completes; the patient reads the schedule in Chinese.
public sealed class TreatmentJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task PlanReleaseOrderCheckMonitorComplete_ThenThePatientReadsTheScheduleInChinese()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = app.Database.CreateContext();
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == DemoSeeder.DemoClinicId, ct);
        var world = new TestWorld(app.Services);
        var mrn = "TJ-" + Guid.CreateVersion7().ToString("N")[^8..].ToUpperInvariant();
        var patient = await world.CreatePatientAsync(clinic, new PatientBuilder().WithName("林晓梅", "Lin Xiaomei").WithMrn(mrn));
        var patientUser = await world.CreatePatientUserAsync(clinic, patient);
        var today = clinic.LocalDate(DateTimeOffset.UtcNow);
        var firstDay = WeekView.MondayOf(today).AddDays(7);
        // An available unit of the demo clinic's released lot: the "wrong unit" the nurse scans first.
        var demoLot = await db.Lots.AsNoTracking().AsSplitQuery().SingleAsync(l => l.ClinicId == clinic.Id && l.Details.LotNumber == LotNumber.Create("UCM-DEMO-01").Value, ct);
        var wrongUnit = demoLot.Units.First(u => u.Status == UnitStatus.Available).Code.Value;

        // The clinician plans the course from the patient's record.
        var (clinician, clinicianProblems) = await SignedInAsync(DemoSeeder.EmailFor(ClinicRole.Clinician), BrowserApp.DemoPassword);
        var courseUrl = await new CoursePages(clinician).PlanCourseAsync(patient.Id, CourseTemplate.FourWeekDemo.Name, firstDay);
        var courseId = Guid.Parse(courseUrl.Split('/')[^1]);

        // Cell lab: the first user registers a donor and a lot and enters its results; their own release is refused; the second releases.
        var donorCode = DonorCode.FromSequence(Random.Shared.Next(100_000, 400_000)).Value;
        var lotNumber = "UCMJ" + Random.Shared.Next(10_000, 99_999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-01";
        var (enterer, entererProblems) = await SignedInAsync(DemoSeeder.EmailFor(ClinicRole.CellLab), BrowserApp.DemoPassword);
        var lab = new CellLabPage(enterer);
        await lab.CreateDonorAsync(donorCode, today.AddDays(-40), today.AddDays(-30));
        var lotId = await lab.CreateLotAsync(lotNumber, donorCode, today.AddDays(-20), today.AddDays(90));
        await lab.EnterResultsWithinSpecificationAsync(lotId);
        var sameUser = await lab.ReleaseRefusedAsync(lotId, BrowserApp.DemoPassword);
        var unitCodes = await lab.UnitCodesAsync(lotId);
        var (releaser, releaserProblems) = await SignedInAsync(DemoSeeder.SecondCellLabEmail, BrowserApp.DemoPassword);
        await new CellLabPage(releaser).ReleaseAsync(lotId, BrowserApp.DemoPassword);

        // The clinician orders 1.0 ×10^6 cells/kg for 70 kg: 70 ×10^6 cells, one unit of 100 ×10^6.
        var now = ClinicTime.Local(DateTimeOffset.UtcNow, clinic.TimeZoneId);
        var bedside = await new InfusionPages(clinician).OrderAsync(courseId, lotNumber, 1.0m, 70m, now.AddMinutes(30));

        // The nurse: a unit of another lot is refused and starts nothing; the right unit passes; vital signs; completion.
        var (nurse, nurseProblems) = await SignedInAsync(DemoSeeder.EmailFor(ClinicRole.Nurse), BrowserApp.DemoPassword);
        await nurse.GotoAsync(bedside);
        var infusion = new InfusionPages(nurse);
        var refusal = await infusion.IdentityCheckAsync(mrn, [wrongUnit]);
        await Assertions.Expect(infusion.Status).ToHaveTextAsync("Ordered");
        var passed = await infusion.IdentityCheckAsync(mrn, [unitCodes[0]]);
        // Times are typed to the minute: the minute the check passed in, and the next one (never more than a minute ahead of the clock).
        var started = ClinicTime.Local(DateTimeOffset.UtcNow, clinic.TimeZoneId);
        await infusion.RecordVitalSignsAsync(started, 36.7m, 74, 122, 78, 16, 98);
        await infusion.RecordVitalSignsAsync(started, 36.9m, 76, 120, 76, 16, 97);
        await infusion.CompleteAsync(started.AddMinutes(1));
        await BrowserApp.ScreenshotAsync(nurse, "journey-infusion-completed");

        // The patient reads the schedule in Chinese on a phone.
        var (phone, patientProblems) = await app.NewPhonePageAsync("zh-CN");
        await phone.GotoAsync("/Account/Login?returnUrl=%2FPortal");
        await new LoginPage(phone).SignInAsync(patientUser.Email!, TestWorld.Password);
        await Assertions.Expect(phone).ToHaveURLAsync(new Regex("/Portal$"));
        var schedule = await new CoursePages(phone).PortalScheduleAsync();
        await BrowserApp.ScreenshotAsync(phone, "journey-portal-schedule-zh");

        Assert.Contains("You entered this lot's results, so you cannot release it", sameUser, StringComparison.Ordinal);
        Assert.Contains(wrongUnit, refusal, StringComparison.Ordinal);
        Assert.Null(passed);
        await Assertions.Expect(infusion.Status).ToHaveTextAsync("Completed");
        Assert.Contains(CourseTemplate.FourWeekDemo.NameInChinese!, schedule.Courses);
        Assert.Contains(schedule.Sessions, s => s.Contains("第 1 次间充质干细胞输注", StringComparison.Ordinal) && s.Contains(ClinicTime.Format(firstDay), StringComparison.Ordinal));
        Assert.DoesNotContain(schedule.Sessions, s => s.Contains(lotNumber, StringComparison.Ordinal));
        Assert.Empty(clinicianProblems);
        Assert.Empty(entererProblems);
        Assert.Empty(releaserProblems);
        Assert.Empty(nurseProblems);
        Assert.Empty(patientProblems);
    }

    private async Task<(IPage Page, List<string> Problems)> SignedInAsync(string email, string password)
    {
        var (page, problems) = await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await new LoginPage(page).SignInAsync(email, password);
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Account/Login"));
        return (page, problems);
    }
}
