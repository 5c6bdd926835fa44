using Microsoft.Playwright;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Testing;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Security test plan IV-05: script payloads in every free-text field a patient or clinician can fill, then every page
// that shows them, as each role that sees them: nothing runs, no dialog opens and the page logs no error (a CSP
// violation would be one).
public sealed class StoredXssTests(BrowserApp app)
{
    private const string Script = "<script>window.__xss=1</script>";
    private const string Attribute = "\"><img src=x onerror=\"window.__xss=1\">";
    private const string Markup = "<svg onload=window.__xss=1>";

    [Fact]
    public async Task ScriptPayloads_InEveryField_NeverRun_OnAnyPage()
    {
        var (patientId, consultationId, patientEmail) = await ArrangeAsync();
        var clinician = await SignedInAsync(DemoSeeder.EmailFor(ClinicRole.Clinician), BrowserApp.DemoPassword);

        await clinician.Page.GotoAsync($"/Consultations/{consultationId}");
        await AssertInertAsync(clinician, "the workspace before assignment");
        await clinician.Page.Locator("#assign-to-me").ClickAsync();
        await clinician.Page.Locator("#Form_ContraindicationsRuledOut").CheckAsync();
        await clinician.Page.Locator("#Form_Recommendation").SelectOptionAsync("offerProgramme");
        await clinician.Page.Locator("#Form_RecommendationText").FillAsync(Script + Attribute);
        await clinician.Page.Locator("#Form_ProposedPlan").FillAsync(Markup);
        await clinician.Page.Locator("#Form_OverrideReason").FillAsync(Script + Attribute);
        await clinician.Page.Locator("#preview-report").ClickAsync();
        await AssertInertAsync(clinician, "report preview");
        await clinician.Page.Locator("#sign-password").FillAsync(BrowserApp.DemoPassword);
        await clinician.Page.Locator("#sign-report").ClickAsync();
        await Assertions.Expect(clinician.Page.Locator("#signature")).ToBeVisibleAsync();
        await AssertInertAsync(clinician, "signed report");

        foreach (var path in new[] { "/Consultations", $"/Consultations/{consultationId}", $"/Patients?q={Uri.EscapeDataString("XSS-")}",
            $"/Patients/{patientId}", $"/Patients/{patientId}/Edit" })
        {
            await clinician.Page.GotoAsync(path);
            await AssertInertAsync(clinician, path);
        }

        var patient = await SignedInAsync(patientEmail, TestWorld.Password);
        foreach (var path in new[] { "/Portal", $"/Portal/Consultations/{consultationId}" })
        {
            await patient.Page.GotoAsync(path);
            await AssertInertAsync(patient, path);
        }
        await patient.Page.Locator("a[href*='/Reports/']").First.ClickAsync();
        await AssertInertAsync(patient, "the patient's report page");

        var auditor = await SignedInAsync(DemoSeeder.EmailFor(ClinicRole.Auditor), BrowserApp.DemoPassword);
        await auditor.Page.GotoAsync("/Audit");
        await AssertInertAsync(auditor, "/Audit");
    }

    private sealed record Session(IPage Page, List<string> Problems, List<string> Dialogs);

    private async Task<Session> SignedInAsync(string email, string password)
    {
        var (page, problems) = await app.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await page.GotoAsync("/Account/Login");
        await new LoginPage(page).SignInAsync(email, password);
        return new Session(page, problems, dialogs);
    }

    private static async Task AssertInertAsync(Session session, string where)
    {
        var ran = await session.Page.EvaluateAsync<bool>("() => window.__xss !== undefined");
        Assert.False(ran, $"a payload ran on {where}");
        Assert.True(session.Dialogs.Count == 0, $"a dialog opened on {where}: {string.Join(" | ", session.Dialogs)}");
        Assert.True(session.Problems.Count == 0, $"{where} logged: {string.Join(" | ", session.Problems)}");
    }

    // A patient of the demo clinic with payloads in the names, every free-text answer, a file name and a message.
    private Task<(Guid PatientId, Guid ConsultationId, string Email)> ArrangeAsync() =>
        Arrangements.SubmittedConsultationAsync(app,
            new PatientBuilder().WithName(Script + " 林", Attribute).WithMrn("XSS-" + Guid.CreateVersion7().ToString("N")[^6..]),
            Questionnaires.Complete() with
            {
                FirstSymptoms = Script, Spread = Attribute, DiagnosedBy = Markup, Allergies = Script, EarlierTcmDetails = Attribute, Goals = Markup,
            },
            "<img src=x onerror=alert(1)>.pdf", Script + Attribute);
}
