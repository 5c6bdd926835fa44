using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Domain.Consultations.Eligibility;
using MndCare.Testing;
using MndCare.Testing.HostileFiles;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Issue 7: on a phone 390 px wide no portal page, report or "My record" scrolls sideways, in either language; the Chinese
// pages have no English words (names, instrument abbreviations and numbers aside).
public sealed partial class PhoneLayoutTests(BrowserApp app)
{
    private const int PhoneWidth = BrowserApp.PhoneWidth;

    /// <summary>A file name and a word with no place to break, as patients and phones produce them.</summary>
    private const string LongFileName = "MRI-cervical-spine-2026-01-20-Example-University-Hospital-radiology-report-scan-0001.pdf";

    private const string LongWord = "https://example.org/records/2026/neurology/electromyography/report-0123456789abcdef0123456789abcdef";

    /// <summary>Latin words a Chinese page may show: names (of people, trials and models) and language names.</summary>
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "MndCare", "English", "Cochrane", "NurOwn", "Westeneng", "Lancet", "Neurology", "Thompson", "Wang", "lenzumestrocel", "Tofersen", "MiToS",
        "Gold", "Coast", "El", "Escorial", "Awaji", "Hankinson", "orf", "dx", "rD", "kg",
    };

    /// <summary>What people and the clinic typed, shown as they typed it: never interface text.</summary>
    private static readonly string[] Data =
        [LongFileName, LongWord, .. EligibilityCriteria.Defaults.Contraindications, "MndCare Demo Clinic", "Demo Clinician", "Test Patient", "Wang Jianguo"];

    [GeneratedRegex("[0-9a-f]{64}")]
    private static partial Regex Sha256Hex();

    [GeneratedRegex("[A-Za-z][A-Za-z']+")]
    private static partial Regex LatinWord();

    public static TheoryData<string, string> Languages() => new() { { "en-GB", "en" }, { "zh-CN", "zh-Hans" } };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task PortalReportAndMyRecord_FitA390PixelScreen(string locale, string language)
    {
        var arranged = await ArrangeAsync(language);
        var (visitor, visitorProblems) = await app.NewPhonePageAsync(locale);
        foreach (var path in new[] { "/", "/Consultation", "/Account/Login", "/Account/Register", "/Status/404" })
        {
            await AssertFitsAsync(visitor, path, language);
        }

        var (patient, problems) = await app.NewPhonePageAsync(locale);
        await patient.GotoAsync("/Account/Login?returnUrl=%2FPortal");
        await new LoginPage(patient).SignInAsync(arranged.Email, TestWorld.Password);
        await Assertions.Expect(patient).ToHaveURLAsync(new Regex("/Portal$"));
        var answered = $"/Portal/Consultations/{arranged.AnsweredId}";
        var report = $"/Consultations/{arranged.AnsweredId}/Reports/{arranged.ReportId}";
        foreach (var path in new[]
        {
            "/Portal", "/Portal/Schedule", answered, answered + "/Questionnaire", report, report + "?lang=en", report + "?lang=zh-Hans", $"/Patients/{arranged.PatientId}",
            $"/Portal/Consultations/{arranged.DraftId}", $"/Portal/Consultations/{arranged.DraftId}/Questionnaire",
        })
        {
            await AssertFitsAsync(patient, path, language);
            if (path.StartsWith(report, StringComparison.Ordinal) && (path.EndsWith("lang=zh-Hans", StringComparison.Ordinal) || (path == report && language == "zh-Hans")))
            {
                // A report is read in the language chosen, whatever the interface language.
                await AssertNoEnglishAsync(patient, path, "#report");
            }
        }
        Assert.Empty(visitorProblems);
        Assert.Empty(problems);
    }

    private static async Task AssertFitsAsync(IPage page, string path, string language)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response?.Ok, $"{path} answered {response?.Status}");
        await BrowserApp.ScreenshotAsync(page, "phone-" + language + "-" + Regex.Replace(path, "[^A-Za-z0-9]+", "-").Trim('-'));
        // A phone shrinks a page that is too wide until it fits, so the window must also still be the phone's 390 px.
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, innerWidth) = (widths[0], widths[1]);
        Assert.True(scrollWidth <= innerWidth && innerWidth == PhoneWidth,
            $"{path} ({language}) scrolls sideways: {scrollWidth} px of content in a {innerWidth} px window on a {PhoneWidth} px screen");
        if (language == "zh-Hans")
        {
            await AssertNoEnglishAsync(page, path, "body");
        }
    }

    // A report in English on a Chinese page is the reader's choice: only the page around it is checked then.
    private static async Task AssertNoEnglishAsync(IPage page, string path, string selector)
    {
        var text = await page.Locator(selector).InnerTextAsync();
        if (selector == "body" && path.EndsWith("lang=en", StringComparison.Ordinal))
        {
            text = text.Replace(await page.Locator("#report").InnerTextAsync(), string.Empty, StringComparison.Ordinal);
        }
        text = Sha256Hex().Replace(text, string.Empty);
        text = Data.Aggregate(text, (remaining, data) => remaining.Replace(data, string.Empty, StringComparison.Ordinal));
        var english = LatinWord().Matches(text).Select(m => m.Value).Where(w => !Names.Contains(w) && w.Any(char.IsLower)).Distinct().ToList();
        Assert.True(english.Count == 0, $"{path} ({selector}) shows English on a Chinese page: {string.Join(", ", english)}");
    }

    private sealed record Arranged(string Email, Guid PatientId, Guid AnsweredId, Guid ReportId, Guid DraftId);

    // A patient of the demo clinic with an answered consultation (files, messages, a signed report), a clinician's
    // assessment on their record, and a second consultation still in draft.
    private async Task<Arranged> ArrangeAsync(string language)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = app.Database.CreateContext();
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == DemoSeeder.DemoClinicId, ct);
        var world = new TestWorld(app.Services);
        var person = await world.CreatePatientAsync(clinic, new PatientBuilder().WithName("王建国", "Wang Jianguo")
            .WithMrn("PHONE-" + Guid.CreateVersion7().ToString("N")[^6..].ToUpperInvariant()).With(i => i with { PreferredLanguage = language }));
        var user = await world.CreatePatientUserAsync(clinic, person);
        await Questionnaires.GiveConsentAsync(app.Services, person, user.Id);

        using var patient = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var login = await patient.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = TestWorld.Password }, ct);
        login.EnsureSuccessStatusCode();
        using (var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync(ct)))
        {
            patient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        }
        var answeredId = await OpenAsync(patient, ct);
        var answers = Questionnaires.Complete() with
        {
            Spread = "半年后左手也无力。" + LongWord, DiagnosedBy = "某大学附属医院神经内科", Allergies = "青霉素", EarlierTcmDetails = "2025 年针灸三个月。",
            Goals = "尽可能长时间保持行走能力。",
        };
        (await Questionnaires.SaveAsync(patient, answeredId, answers)).EnsureSuccessStatusCode();
        var file = new ByteArrayContent(MinimalPdf.Valid());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        (await patient.PostAsync($"/api/consultations/{answeredId}/files",
            new MultipartFormDataContent { { file, "file", LongFileName }, { new StringContent("mri"), "category" } }, ct)).EnsureSuccessStatusCode();
        (await patient.PostAsync($"/api/consultations/{answeredId}/submit", null, ct)).EnsureSuccessStatusCode();
        (await patient.PostAsJsonAsync($"/api/consultations/{answeredId}/messages", new { text = "检查结果见：" + LongWord }, ct)).EnsureSuccessStatusCode();

        using var clinician = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(app.BaseUrl),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await PageSession.SubmitAsync(clinician, "/Account/Login", new Dictionary<string, string>
        {
            ["Email"] = DemoSeeder.EmailFor(ClinicRole.Clinician), ["Password"] = BrowserApp.DemoPassword,
        })).StatusCode);
        // Three visits, so the record shows every chart and the D50 fit.
        var assessment = $"/Patients/{person.Id}/Assessments/New";
        foreach (var (date, score) in new[] { ("2025-07-10", "4"), ("2025-10-10", "3"), ("2026-01-10", "2") })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PageSession.SubmitAsync(clinician, assessment, new Dictionary<string, string>
            {
                ["Form.AssessmentDate"] = date, ["Form.Mode"] = "clinician", ["Form.Speech"] = "3", ["Form.Salivation"] = "4",
                ["Form.Swallowing"] = "4", ["Form.Handwriting"] = score, ["Form.Cutting"] = score, ["Form.Dressing"] = "3", ["Form.Turning"] = "4",
                ["Form.Walking"] = score, ["Form.Climbing"] = score, ["Form.Dyspnea"] = "4", ["Form.Orthopnea"] = "4", ["Form.RespiratoryInsufficiency"] = "4",
                ["Form.FvcPercentPredicted"] = "85",
            }, assessment + "?handler=Save")).StatusCode);
        }
        var workspace = $"/Consultations/{answeredId}";
        await PageSession.SubmitAsync(clinician, workspace, new Dictionary<string, string>(), workspace + "?handler=Assign");
        var signed = await PageSession.SubmitAsync(clinician, workspace, new Dictionary<string, string>
        {
            ["Form.AssessmentId"] = "", ["Form.ContraindicationsRuledOut"] = "true", ["Form.Recommendation"] = "offerProgramme",
            ["Form.RecommendationText"] = "病历支持 ALS 诊断；如您愿意，可以参加本方案。" + LongWord,
            ["Form.ProposedPlan"] = "自 2027-01-11 起每周输注一次，共四次，每周针灸三次。", ["Form.Costs"] = "书面报价随后发送；决定之前无需付款。",
            ["Form.OverrideReason"] = "入院时再做评估；所附病历均为近期资料。",
            ["password"] = BrowserApp.DemoPassword,
        }, workspace + "?handler=Sign");
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var reportId = Guid.Parse(signed.Headers.Location!.OriginalString.Split('/')[^1]);
        // Issue 8: a course from the demo clinic's template, so the portal schedule has every kind of session to show.
        var template = await db.CourseTemplates.AsNoTracking().Where(t => t.ClinicId == clinic.Id && !t.IsArchived).Select(t => t.Id).FirstAsync(ct);
        var plan = $"/Patients/{person.Id}/Courses/New";
        Assert.Equal(HttpStatusCode.Redirect, (await PageSession.SubmitAsync(clinician, plan, new Dictionary<string, string>
        {
            ["TemplateId"] = template.ToString(), ["StartsOn"] = Domain.Time.ClinicTime.Format(Domain.Courses.WeekView.MondayOf(clinic.LocalDate(TimeProvider.System.GetUtcNow())).AddDays(7 * 120)),
        })).StatusCode);
        return new Arranged(user.Email!, person.Id, answeredId, reportId, await OpenAsync(patient, ct));
    }

    private static async Task<Guid> OpenAsync(HttpClient patient, CancellationToken ct)
    {
        var draft = await patient.PostAsJsonAsync("/api/consultations", new { }, ct);
        draft.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await draft.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("id").GetGuid();
    }
}
