using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Issue 8, "Course planning (clinician)": the clinician plans a course from the patient's record; the demo patient reads the
// schedule in the portal, in Chinese, on a phone 390 px wide.
public sealed class CourseJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task ClinicianPlansACourse_ThePatientSeesTheScheduleInChinese_OnAPhone()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = app.Database.CreateContext();
        var patientUser = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoSeeder.EmailFor(ClinicRole.Patient), ct);
        var patientId = (await db.ClinicMemberships.AsNoTracking().SingleAsync(m => m.UserId == patientUser.Id, ct)).PatientId!.Value;
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == DemoSeeder.DemoClinicId, ct);
        // Far ahead, so no course of the demo data or another test holds the patient at the same time.
        var startsOn = WeekView.MondayOf(clinic.LocalDate(TimeProvider.System.GetUtcNow())).AddDays(7 * 150);

        var (clinician, staffProblems) = await app.NewPageAsync();
        await clinician.GotoAsync("/Account/Login");
        await new LoginPage(clinician).SignInAsync(DemoSeeder.EmailFor(ClinicRole.Clinician), BrowserApp.DemoPassword);
        var course = await new CoursePages(clinician).PlanCourseAsync(patientId, CourseTemplate.FourWeekDemo.Name, startsOn);
        await Assertions.Expect(clinician.Locator("#course-status")).ToHaveTextAsync("Planned");
        await BrowserApp.ScreenshotAsync(clinician, "course-planned");

        var (patient, patientProblems) = await app.NewPhonePageAsync("zh-CN");
        await patient.GotoAsync("/Account/Login?returnUrl=%2FPortal");
        await new LoginPage(patient).SignInAsync(DemoSeeder.EmailFor(ClinicRole.Patient), BrowserApp.DemoPassword);
        await Assertions.Expect(patient).ToHaveURLAsync(new Regex("/Portal$"));
        var schedule = await new CoursePages(patient).PortalScheduleAsync();
        await BrowserApp.ScreenshotAsync(patient, "portal-schedule-zh");

        Assert.Contains(CourseTemplate.FourWeekDemo.NameInChinese!, schedule.Courses);
        Assert.Contains(schedule.Sessions, s => s.Contains("第 1 次间充质干细胞输注", StringComparison.Ordinal) && s.Contains(Domain.Time.ClinicTime.Format(startsOn), StringComparison.Ordinal));
        Assert.Contains(schedule.Sessions, s => s.Contains("针灸", StringComparison.Ordinal));
        Assert.Equal(1, await patient.Locator($"a[href='/Courses/{course.Split('/')[^1]}/SchedulePdf?lang=zh-Hans']").CountAsync());
        var widths = await patient.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1] && widths[1] == BrowserApp.PhoneWidth, $"the schedule scrolls sideways: {widths[0]} px in {widths[1]} px");
        Assert.Empty(staffProblems);
        Assert.Empty(patientProblems);
    }
}
