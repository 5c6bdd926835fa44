using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Domain.Time;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Issue 9, "Demo data and tests": the journey, in English and in Chinese. The TCM practitioner records patterns, a signed prescription
// and an acupuncture session with points found by pinyin; the nurse records 38.6 °C after an infusion and it becomes a grade 1 Fever
// event; the clinician assesses causality for the lot; a serious event shows its deadline to the safety officer (the demo clinician).
public sealed partial class SafetyJourneyTests(BrowserApp app)
{
    [GeneratedRegex(@"/AdverseEvents/[0-9a-f-]{36}$")]
    private static partial Regex EventPath();

    // The interface language, and the serious event as a clinician of that language writes a term the CTCAE list here does not ship.
    public static TheoryData<string, string> Languages() => new() { { "en", "Seizure" }, { "zh-Hans", "癫痫发作" } };

    // Each person opens the sign-in page in English and, for the Chinese run, switches the interface with the language switch (/Language).
    private async Task<(IPage Page, List<string> Problems)> SignedInAsync(ClinicRole role, string culture)
    {
        var (page, problems) = await app.NewPageAsync("en-GB");
        await page.GotoAsync("/Account/Login");
        if (culture != "en")
        {
            await page.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync(culture);
            await page.GetByRole(AriaRole.Button, new() { Name = "Switch", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        }
        await new LoginPage(page).SignInAsync(DemoSeeder.EmailFor(role), BrowserApp.DemoPassword);
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Account/Login"));
        return (page, problems);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task TcmRecord_InfusionFeverBecomesAGrade1Event_LotAssessed_SeriousEventDeadlineShownToTheSafetyOfficer(string culture, string seriousTerm)
    {
        var ui = Ui.For(app.Services, culture);
        var ward = await InfusionArrangements.CourseWithReleasedLotsAsync(app);
        Guid patientId;
        await using (var db = app.Database.CreateContext())
        {
            patientId = await db.TreatmentCourses.AsNoTracking().Where(c => c.Id == ward.CourseId).Select(c => c.PatientId).SingleAsync(TestContext.Current.CancellationToken);
        }
        var now = ClinicTime.Local(DateTimeOffset.UtcNow, ward.TimeZoneId);
        var today = ClinicTime.LocalDate(DateTimeOffset.UtcNow, ward.TimeZoneId);

        // The TCM practitioner: patterns, an acupuncture session with points typed in pinyin, a signed prescription.
        var (practitioner, practitionerProblems) = await SignedInAsync(ClinicRole.TcmPractitioner, culture);
        var tcm = new TcmVisitPage(practitioner, ui);
        await tcm.OpenNewVisitAsync(patientId);
        await tcm.ChoosePatternsAsync("Spleen-stomach deficiency", "Liver-kidney yin deficiency");
        await tcm.DescribeTongueAndPulseAsync("舌淡苔白（" + culture + "）", "脉细弱");
        await tcm.SaveVisitAsync();
        await tcm.OpenAcupunctureAsync(patientId);
        await tcm.AddPointAsync(1, "zusanli", ui["tcm.side.bilateral"]);
        await tcm.AddPointAsync(2, "baihui", ui["tcm.side.midline"]);
        await tcm.SetNeedlingAsync(ui["tcm.technique.electro"], 2m, 30);
        await tcm.SaveSessionAsync();
        var (visits, sessions) = await tcm.ReadRecordAsync(patientId);
        var prescription = new HerbalPrescriptionPage(practitioner, ui);
        await prescription.OpenNewAsync(patientId);
        await prescription.AddHerbAsync("huang qi", 15m);
        await prescription.AddHerbAsync("dang gui", 9m);
        await prescription.SaveDraftAndOpenAsync();
        await prescription.SignAsync(BrowserApp.DemoPassword);
        await BrowserApp.ScreenshotAsync(practitioner, "safety-journey-prescription-" + culture);

        // The clinician orders an infusion; the nurse checks identity, records 38.6 °C and records it as Fever from the banner.
        var (clinician, clinicianProblems) = await SignedInAsync(ClinicRole.Clinician, culture);
        var bedside = await new InfusionPages(clinician).OrderAsync(ward.CourseId, ward.Lot.LotNumber, 1.0m, 70m, now.AddMinutes(30));
        var (nurse, nurseProblems) = await SignedInAsync(ClinicRole.Nurse, culture);
        await nurse.GotoAsync(bedside);
        var infusion = new InfusionPages(nurse);
        Assert.Null(await infusion.IdentityCheckAsync(ward.Mrn, [ward.Lot.Units[0].Code]));
        await infusion.RecordVitalSignsAsync(now, 38.6m, 102, 118, 76, 18, 96);
        await Assertions.Expect(infusion.FeverBanner).ToContainTextAsync("38.6 °C");
        await infusion.FeverBanner.GetByRole(AriaRole.Link, new() { Name = ui["Record as Fever"], Exact = true }).ClickAsync();
        await Assertions.Expect(nurse.Locator("#ae-fever")).ToContainTextAsync("38.6");
        await nurse.GetByRole(AriaRole.Button, new() { Name = ui["Record the adverse event"], Exact = true }).ClickAsync();
        await Assertions.Expect(nurse).ToHaveURLAsync(EventPath());
        var fever = new Uri(nurse.Url).AbsolutePath;
        await BrowserApp.ScreenshotAsync(nurse, "safety-journey-fever-" + culture);

        // The clinician assesses causality for the lot; then records a serious event, whose deadline the safety officer (the clinician) reads.
        var officer = new AdverseEventPage(clinician);
        await officer.AssessLotCausalityAsync(fever, ward.Lot.LotNumber, "probable");
        var serious = await officer.RecordAsync(ward.Mrn, seriousTerm, 3, today, "hospitalisation");
        await Assertions.Expect(clinician.Locator("#ae-deadline")).ToBeVisibleAsync();
        var deadlineOnEvent = await clinician.Locator("#ae-deadline").InnerTextAsync();
        await officer.OpenDueListAsync();
        var deadline = await officer.ReadDeadlineOfAsync(serious);
        await Assertions.Expect(clinician.Locator("#events")).ToContainTextAsync(seriousTerm);
        await BrowserApp.ScreenshotAsync(clinician, "safety-journey-due-" + culture);

        Assert.Contains(visits, v => v.Contains("舌淡苔白（" + culture + "）", StringComparison.Ordinal) && v.Contains("脾胃虚弱", StringComparison.Ordinal));
        Assert.Contains(sessions, s => s.Contains("ST36", StringComparison.Ordinal) && s.Contains("足三里", StringComparison.Ordinal)
            && s.Contains(ui["tcm.side.bilateral"], StringComparison.Ordinal) && s.Contains("GV20", StringComparison.Ordinal));
        await Assertions.Expect(prescription.State).ToContainTextAsync(ui["Signed"]);
        await nurse.GotoAsync(fever);
        await Assertions.Expect(nurse.Locator("#ae-term")).ToHaveTextAsync(ui["ctcae.term.fever"]);
        await Assertions.Expect(nurse.Locator("#ae-grade")).ToContainTextAsync(ui["Grade {0}", 1]);
        await Assertions.Expect(nurse.Locator("#suspects")).ToContainTextAsync(ui["ae.causality.probable"]);
        Assert.NotEqual("–", deadline);
        Assert.Contains(deadline, deadlineOnEvent, StringComparison.Ordinal);
        Assert.Empty(practitionerProblems);
        Assert.Empty(clinicianProblems);
        Assert.Empty(nurseProblems);
    }
}
