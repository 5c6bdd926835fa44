using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Testing;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Issue 7, "the questionnaire reaches the record": a clinician records the first assessment of a newly submitted
// consultation's patient, sees the questionnaire's values with their source, saves, and sees ΔFS and the ENCALS panel.
public sealed class FirstAssessmentJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Clinician_RecordsTheFirstAssessment_FromTheQuestionnairesValues()
    {
        Guid consultationId;
        await using (var db = app.Database.CreateContext())
        {
            var clinic = await db.Clinics.SingleAsync(c => c.Id == DemoSeeder.DemoClinicId);
            var world = new TestWorld(app.Services);
            // A new applicant: the registry knows name, sex and birth date only.
            var patient = await world.CreatePatientAsync(clinic, new PatientBuilder().WithName("周建华", "Zhou Jianhua")
                .With(i => i with { OnsetDate = null, DiagnosisDate = null, OnsetSite = null }));
            var user = await world.CreatePatientUserAsync(clinic, patient);
            await Questionnaires.GiveConsentAsync(app.Services, patient, user.Id);
            consultationId = await Questionnaires.SubmitAsync(app.Services, user.Id, Questionnaires.Complete() with { GeneticTesting = "noVariantFound" });
        }
        var (page, problems) = await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await new LoginPage(page).SignInAsync(DemoSeeder.EmailFor(ClinicRole.Clinician), BrowserApp.DemoPassword);

        await page.GotoAsync($"/Consultations/{consultationId}");
        await page.Locator("#record-assessment").ClickAsync();

        // Each prefilled value shows its source; nothing is recorded yet.
        await Assertions.Expect(page.Locator("#prefill-notice")).ToContainTextAsync("prefilled from the patient's questionnaire sent on");
        await Assertions.Expect(page.Locator("#Form_HeightCm")).ToHaveValueAsync("172");
        await Assertions.Expect(page.Locator("#height-source")).ToContainTextAsync("From the patient's questionnaire sent on");
        await Assertions.Expect(page.Locator("#genetics-source")).ToContainTextAsync("record “no” only when the repeat was tested");
        await Assertions.Expect(page.Locator("#cognition-source")).ToContainTextAsync("This is not an FTD diagnosis");
        await Assertions.Expect(page.Locator("#medicines-source")).ToContainTextAsync("Riluzole");
        await Assertions.Expect(page.Locator("input[name='Form.C9orf72'][value='notKnown']")).ToBeCheckedAsync();
        await BrowserApp.ScreenshotAsync(page, "first-assessment-prefilled");

        foreach (var (item, score) in new[] { ("speech", "4"), ("salivation", "4"), ("swallowing", "3"), ("handwriting", "2"), ("cutting", "2"),
            ("dressing", "3"), ("turning", "3"), ("walking", "3"), ("climbing", "2"), ("dyspnea", "4"), ("orthopnea", "3"), ("respiratoryInsufficiency", "4") })
        {
            await page.Locator($"#Form_{item}").SelectOptionAsync(score);
        }
        foreach (var region in new[] { "cervical", "lumbosacral" })
        {
            await page.Locator($"input[name='Form.Umn'][value='{region}']").CheckAsync();
            await page.Locator($"input[name='Form.LmnClinical'][value='{region}']").CheckAsync();
        }
        await page.GetByLabel("Progressive spread documented").CheckAsync();
        await page.GetByLabel("Other diseases excluded").CheckAsync();
        await page.Locator("#Form_FvcPercentPredicted").FillAsync("88");
        await page.Locator("#Form_Ftd input[value='no']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save assessment" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Assessments/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("#result-delta-fs")).ToContainTextAsync(new Regex(@"ΔFS: \d+\.\d\d"));
        await Assertions.Expect(page.Locator("#encals-not-estimated")).ToHaveTextAsync("Not estimated: C9orf72 status not known.");
        await BrowserApp.ScreenshotAsync(page, "first-assessment-saved");
        Assert.Empty(problems);
    }
}
