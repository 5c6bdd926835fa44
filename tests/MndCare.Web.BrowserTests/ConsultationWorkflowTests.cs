using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Testing;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Issue 7: the demo patient can open and send a consultation; a clinician signs an offer with an override reason; a correction
// starts from the signed content.
public sealed class ConsultationWorkflowTests(BrowserApp app)
{
    public static TheoryData<string> Locales() => ["en-GB", "zh-CN"];

    private async Task<(IPage Page, List<string> Problems)> SignedInAsync(ClinicRole role, string locale)
    {
        var (page, problems) = await app.NewPageAsync(locale);
        await page.GotoAsync("/Account/Login");
        await new LoginPage(page).SignInAsync(DemoSeeder.EmailFor(role), BrowserApp.DemoPassword);
        return (page, problems);
    }

    private Task<(Guid PatientId, Guid ConsultationId, string Email)> SubmittedAsync() =>
        Arrangements.SubmittedConsultationAsync(app, new PatientBuilder().WithMrn("WF-" + Guid.CreateVersion7().ToString("N")[^6..]),
            Questionnaires.Complete());

    /// <summary>Fills an offer of the programme in the workspace (no assessment chosen), ready to sign.</summary>
    private static async Task FillOfferAsync(IPage clinic, string plan)
    {
        await clinic.Locator("#Form_AssessmentId").SelectOptionAsync("");
        await clinic.Locator("#Form_ContraindicationsRuledOut").CheckAsync();
        await clinic.Locator("#Form_Recommendation").SelectOptionAsync("offerProgramme");
        await clinic.Locator("#Form_RecommendationText").FillAsync("The records support ALS with a slow course.");
        await clinic.Locator("#Form_ProposedPlan").FillAsync(plan);
        await clinic.Locator("#Form_Costs").FillAsync("A written quote follows.");
    }

    private static async Task SignAsync(IPage clinic)
    {
        await clinic.Locator("#sign-password").FillAsync(BrowserApp.DemoPassword);
        await clinic.Locator("#sign-report").ClickAsync();
    }

    // The demo patient's account was seeded, not registered, so no consent was on record and nothing could ever be sent.
    [Fact]
    public async Task DemoPatient_OpensAndSendsAConsultation_ConsentingOnTheWay()
    {
        var (patient, problems) = await SignedInAsync(ClinicRole.Patient, "en-GB");
        await patient.GotoAsync("/Portal");
        await patient.Locator("#start-consultation").ClickAsync();
        await Assertions.Expect(patient).ToHaveURLAsync(new Regex("/Questionnaire$"));
        await new QuestionnairePage(patient).FillCompleteAsync();
        await patient.Locator("#save-continue").ClickAsync();
        await Assertions.Expect(patient).ToHaveURLAsync(new Regex("/Portal/Consultations/[0-9a-f-]{36}$"));

        await Assertions.Expect(patient.Locator("#consent-text")).ToBeVisibleAsync();
        await patient.Locator("#submit-consultation").ClickAsync();
        await Assertions.Expect(patient.Locator("#page-errors")).ToContainTextAsync("consent");
        await patient.Locator("#consent-given").CheckAsync();
        await patient.Locator("#submit-consultation").ClickAsync();

        await Assertions.Expect(patient.Locator("#consultation-status")).ToHaveClassAsync(new Regex("status-submitted"));
        await Assertions.Expect(patient.Locator("#consent-text")).ToHaveCountAsync(0);
        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Clinician_SignsAnOfferWithAnOverrideReason(string locale)
    {
        var (_, id, _) = await SubmittedAsync();
        var (clinic, problems) = await SignedInAsync(ClinicRole.Clinician, locale);
        await clinic.GotoAsync($"/Consultations/{id}");
        await clinic.Locator("#assign-to-me").ClickAsync();
        await FillOfferAsync(clinic, "Four weekly infusions from 2027-01-11.");

        await SignAsync(clinic);

        await Assertions.Expect(clinic.Locator("#offer-concerns li[data-concern=noClinicianAssessment]")).ToBeVisibleAsync();
        await Assertions.Expect(clinic.Locator("#checklist")).ToBeVisibleAsync();
        await Assertions.Expect(clinic.Locator("#signature")).ToHaveCountAsync(0);
        const string reason = "The EMG and MRI are from last month; the assessment follows on admission.";
        await clinic.Locator("#Form_OverrideReason").FillAsync(reason);
        await SignAsync(clinic);
        await Assertions.Expect(clinic.Locator("#signature")).ToBeVisibleAsync();
        await Assertions.Expect(clinic.Locator("#report")).ToContainTextAsync(reason);
        await BrowserApp.ScreenshotAsync(clinic, $"report-override-{locale}");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Clinician_CorrectsAReport_StartingFromItsContent()
    {
        var (_, id, _) = await SubmittedAsync();
        var (clinic, problems) = await SignedInAsync(ClinicRole.Clinician, "en-GB");
        await clinic.GotoAsync($"/Consultations/{id}");
        await clinic.Locator("#assign-to-me").ClickAsync();
        await FillOfferAsync(clinic, "Four weekly infusions from 2027-01-11.");
        await clinic.Locator("#Form_OverrideReason").FillAsync("The assessment follows on admission; the files are recent.");
        await SignAsync(clinic);
        await Assertions.Expect(clinic.Locator("#signature")).ToBeVisibleAsync();

        await clinic.GotoAsync($"/Consultations/{id}");

        await Assertions.Expect(clinic.Locator("#Form_Recommendation")).ToHaveValueAsync("offerProgramme");
        await Assertions.Expect(clinic.Locator("#Form_RecommendationText")).ToHaveValueAsync("The records support ALS with a slow course.");
        await Assertions.Expect(clinic.Locator("#Form_ProposedPlan")).ToHaveValueAsync("Four weekly infusions from 2027-01-11.");
        await Assertions.Expect(clinic.Locator("#Form_Costs")).ToHaveValueAsync("A written quote follows.");
        await Assertions.Expect(clinic.Locator("#Form_OverrideReason")).ToHaveValueAsync("The assessment follows on admission; the files are recent.");
        await Assertions.Expect(clinic.Locator("#Form_ContraindicationsRuledOut")).ToBeCheckedAsync();
        await Assertions.Expect(clinic.Locator("#Form_CorrectionReason")).ToHaveValueAsync("");
        await clinic.Locator("#Form_ProposedPlan").FillAsync("Four weekly infusions from 2027-01-18.");
        await clinic.Locator("#Form_CorrectionReason").FillAsync("The start date moved by one week.");
        await SignAsync(clinic);

        await Assertions.Expect(clinic.Locator("#signature")).ToContainTextAsync("version 2");
        await Assertions.Expect(clinic.Locator("#report")).ToContainTextAsync("Four weekly infusions from 2027-01-18.");
        await Assertions.Expect(clinic.Locator("#report")).ToContainTextAsync("The records support ALS with a slow course.");
        Assert.Empty(problems);
    }
}
