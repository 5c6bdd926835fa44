using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Testing.HostileFiles;
using MndCare.Testing.Pdf;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Issue 4, "done when": a patient registers, fills the questionnaire, uploads two files and submits; the demo clinician
// triages, assesses and signs the report; the patient downloads the PDF, whose text is checked. In both languages.
public sealed class ConsultationJourneyTests(BrowserApp app)
{
    public static TheoryData<string, string, string, string> Languages() => new()
    {
        { "en-GB", "en", "Consultation report", "MSC therapy for ALS is investigational" },
        { "zh-CN", "zh-Hans", "会诊报告", "间充质干细胞治疗ALS仍属研究性质" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Patient_Requests_ClinicianSigns_PatientDownloadsTheReport(string locale, string language, string title, string evidence)
    {
        var email = $"applicant-{language.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        const string password = "a-long-family-password";
        var (patient, problems) = await app.NewPageAsync(locale);

        // Register, confirm the address (demo mode shows the link), sign in.
        await patient.GotoAsync("/Consultation");
        await Assertions.Expect(patient.Locator("#evidence-statement")).ToBeVisibleAsync();
        await patient.Locator("a[href='/Account/Register']").ClickAsync();
        await patient.Locator("#Form_ApplicantName").FillAsync("Grace Family");
        await patient.Locator("#Form_Email").FillAsync(email);
        await patient.Locator("#Form_Password").FillAsync(password);
        await patient.Locator("#Form_Relationship").SelectOptionAsync("child");
        await patient.Locator("#Form_PatientName").FillAsync(language == "en" ? "Arthur Family" : "王建国");
        await patient.Locator("#Form_Sex").SelectOptionAsync("male");
        await patient.Locator("#Form_BirthDate").FillAsync("1961-06-15");
        await patient.Locator("#Form_PreferredLanguage").SelectOptionAsync(language);
        await patient.Locator("#Form_ConsentGiven").CheckAsync();
        await patient.Locator("main form button[type=submit]").ClickAsync();
        await patient.Locator("#demo-confirm-link").ClickAsync();
        await Assertions.Expect(patient.Locator("#confirmed")).ToBeVisibleAsync();
        await patient.GotoAsync("/Account/Login?returnUrl=%2FPortal");
        await new LoginPage(patient).SignInAsync(email, password);
        await Assertions.Expect(patient).ToHaveURLAsync(new Regex("/Portal$"));

        // The questionnaire, saved as a draft and resumed.
        await patient.Locator("#start-consultation").ClickAsync();
        await Assertions.Expect(patient).ToHaveURLAsync(new Regex("/Questionnaire$"));
        await patient.Locator("#Form_OnsetDate").FillAsync("2024-03-01");
        await patient.Locator("#Form_OnsetSite").SelectOptionAsync("upperLimb");
        await patient.Locator("#save-draft").ClickAsync();
        await Assertions.Expect(patient.Locator("#saved")).ToBeVisibleAsync();
        await patient.ReloadAsync();
        await Assertions.Expect(patient.Locator("#Form_OnsetSite")).ToHaveValueAsync("upperLimb");
        await new QuestionnairePage(patient).FillCompleteAsync();
        await patient.Locator("#save-continue").ClickAsync();
        await Assertions.Expect(patient).ToHaveURLAsync(new Regex("/Portal/Consultations/[0-9a-f-]{36}$"));
        var consultationUrl = patient.Url;

        // Two files, with a progress bar each.
        await patient.Locator("#upload-category").SelectOptionAsync("emgNerveConduction");
        await patient.Locator("#upload-file").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "EMG 2026-01.pdf", MimeType = "application/pdf", Buffer = MinimalPdf.Valid() },
            new FilePayload { Name = "MRI cervical.png", MimeType = "image/png", Buffer = MinimalPng.Valid() },
        });
        await patient.Locator("#upload-button").ClickAsync();
        await Assertions.Expect(patient.Locator("#file-list tbody tr")).ToHaveCountAsync(2);
        await BrowserApp.ScreenshotAsync(patient, $"consultation-portal-{language}");
        await patient.Locator("#submit-consultation").ClickAsync();
        await Assertions.Expect(patient.Locator("#consultation-status")).ToHaveClassAsync(new Regex("status-submitted"));

        // The demo clinician triages, looks at the files and signs the report.
        var (clinic, clinicProblems) = await app.NewPageAsync(locale);
        await clinic.GotoAsync("/Account/Login");
        await new LoginPage(clinic).SignInAsync(DemoSeeder.EmailFor(ClinicRole.Clinician), BrowserApp.DemoPassword);
        await clinic.GotoAsync("/Consultations?status=submitted");
        var consultationId = consultationUrl[(consultationUrl.LastIndexOf('/') + 1)..];
        await clinic.Locator($"#queue a[href='/Consultations/{consultationId}']").ClickAsync();
        await Assertions.Expect(clinic.Locator("#files tbody tr")).ToHaveCountAsync(2);
        await clinic.Locator("#assign-to-me").ClickAsync();
        await Assertions.Expect(clinic.Locator("#consultation-status")).ToHaveClassAsync(new Regex("status-inReview"));
        await clinic.Locator("#Form_ContraindicationsRuledOut").CheckAsync();
        await clinic.Locator("#Form_Recommendation").SelectOptionAsync("offerProgramme");
        await clinic.Locator("#Form_RecommendationText").FillAsync("ALS with a slow course; the programme may be offered.");
        await clinic.Locator("#Form_ProposedPlan").FillAsync("Four weekly infusions from 2027-01-11.");
        await clinic.Locator("#Form_OverrideReason").FillAsync("The EMG and MRI sent are recent; the assessment follows on admission.");
        await clinic.Locator("#preview-report").ClickAsync();
        await Assertions.Expect(clinic.Locator("#report-preview")).ToContainTextAsync(title);
        await clinic.Locator("#sign-password").FillAsync(BrowserApp.DemoPassword);
        await clinic.Locator("#sign-report").ClickAsync();
        await Assertions.Expect(clinic.Locator("#signature")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(clinic, $"consultation-report-{language}");

        // The patient sees the answer and downloads the PDF.
        await patient.GotoAsync(consultationUrl);
        await Assertions.Expect(patient.Locator("#consultation-status")).ToHaveClassAsync(new Regex("status-answered"));
        var download = await patient.RunAndWaitForDownloadAsync(() => patient.Locator("a.report-pdf").First.ClickAsync());
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        var text = PdfText.WithoutWhitespace(pdf);
        Assert.Contains(PdfText.WithoutWhitespace(title), text, StringComparison.Ordinal);
        Assert.Contains(PdfText.WithoutWhitespace(evidence), text, StringComparison.Ordinal);
        Assert.Contains("Fourweeklyinfusionsfrom2027-01-11.", text, StringComparison.Ordinal);
        Assert.Empty(problems);
        Assert.Empty(clinicProblems);
    }
}
