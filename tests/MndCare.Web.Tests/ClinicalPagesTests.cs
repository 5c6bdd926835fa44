using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MndCare.Domain.Clinics;
using MndCare.Domain.Patients;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Issue 7, clinical correctness on the screens: FTD and C9orf72 are yes / no / not known (default not known), assessments
// from the old form are labelled, a first assessment shows the questionnaire's values with their source, and the
// Chinese assessment, patient and report pages show no raw codes or English reasons.
public sealed partial class ClinicalPagesTests(ApiWorld worlds)
{
    [GeneratedRegex("/Assessments/([0-9a-f-]{36})$")]
    private static partial Regex AssessmentUrl();

    // Every ENCALS input except FTD and C9orf72 (the registry of PatientBuilder gives the dates and onset site).
    private static Dictionary<string, string> Fields() => new()
    {
        ["Form.AssessmentDate"] = "2026-01-10", ["Form.Mode"] = "clinician",
        ["Form.Speech"] = "3", ["Form.Salivation"] = "4", ["Form.Swallowing"] = "4", ["Form.Handwriting"] = "4", ["Form.Cutting"] = "4",
        ["Form.Dressing"] = "4", ["Form.Turning"] = "4", ["Form.Walking"] = "3", ["Form.Climbing"] = "4", ["Form.Dyspnea"] = "4",
        ["Form.Orthopnea"] = "4", ["Form.RespiratoryInsufficiency"] = "4", ["Form.FvcPercentPredicted"] = "85",
        ["Form.ExaminationRecorded"] = "true", ["Form.Progression"] = "true", ["Form.AlternativeExcluded"] = "true", ["Form.Umn"] = "bulbar",
    };

    private static async Task<HttpClient> ClinicianAsync(World world)
    {
        var user = await world.Data.CreateStaffAsync(world.ClinicA, ClinicRole.Clinician);
        return await PageSession.SignInAsync(world.Factory, user.Email!, TestWorld.Password, await world.EnrolAuthenticatorAsync(user.Email!));
    }

    private static async Task<Guid> SaveAsync(HttpClient client, Guid patientId, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var path = $"/Patients/{patientId}/Assessments/New";
        var body = new List<KeyValuePair<string, string>>(fields);
        var page = await client.GetStringAsync(path);
        body.Add(new("__RequestVerificationToken", PageSession.AntiforgeryToken(page)));
        var response = await client.PostAsync(path + "?handler=Save", new FormUrlEncodedContent(body));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(AssessmentUrl().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
    }

    private static Task<HttpResponseMessage> ChineseAsync(HttpClient client) =>
        PageSession.SubmitAsync(client, "/Language", new Dictionary<string, string> { ["culture"] = "zh-Hans", ["returnUrl"] = "/Patients" });

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task NewAssessment_FtdAndC9orf72_AreRadioChoicesDefaultingToNotKnown_AndThenNoEncals(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await ClinicianAsync(world);
        var patient = await world.Data.CreatePatientAsync(world.ClinicA);

        var form = await client.GetStringAsync($"/Patients/{patient.Id}/Assessments/New");
        var id = await SaveAsync(client, patient.Id, Fields());

        foreach (var field in new[] { "Ftd", "C9orf72" })
        {
            Assert.Matches($"<input type=\"radio\" name=\"Form.{field}\" value=\"notKnown\" checked=\"checked\"", form);
            Assert.Matches($"<input type=\"radio\" name=\"Form.{field}\" value=\"yes\" />", form);
            Assert.Matches($"<input type=\"radio\" name=\"Form.{field}\" value=\"no\" />", form);
        }
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Assessments/{id}"));
        Assert.Contains("Not estimated: FTD status not known; C9orf72 status not known.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"old-form\"", html, StringComparison.Ordinal);
        await using var db = world.Database.CreateContext();
        var audit = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Action == "assessment.create" && e.EntityId == id.ToString("D"));
        Assert.Contains(audit.Changes, c => c is { Field: "c9orf72", Old: null, New: "notKnown" });
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AssessmentFromTheOldForm_IsLabelled_AndKeepsItsValues(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await ClinicianAsync(world);
        var patient = await world.Data.CreatePatientAsync(world.ClinicA);
        var id = await SaveAsync(client, patient.Id, Fields().Append(new("Form.Ftd", "no")).Append(new("Form.C9orf72", "no")));
        await using (var db = world.Database.CreateContext())
        {
            await db.Assessments.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.FtdAndC9orf72FromCheckboxes, true));
        }

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Assessments/{id}"));

        Assert.Contains("Recorded with the old form (yes/no only)", html, StringComparison.Ordinal);
        Assert.Matches("id=\"result-c9orf72\">[^<]*<strong>No</strong>", html);
        Assert.Contains("id=\"encals-median\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"old-form\"", await client.GetStringAsync($"/Assessments/{id}/Correct"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task FirstAssessment_ShowsTheQuestionnairesValuesWithTheirSource(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await ClinicianAsync(world);
        var patient = await world.Data.CreatePatientAsync(world.ClinicA, new PatientBuilder().With(i => i with { OnsetDate = null, DiagnosisDate = null, OnsetSite = null }));
        var user = await world.Data.CreatePatientUserAsync(world.ClinicA, patient);
        await Questionnaires.GiveConsentAsync(world.Factory.Services, patient, user.Id);
        await Questionnaires.SubmitAsync(world.Factory.Services, user.Id, Questionnaires.Complete() with
        {
            GeneticTesting = "variantFound", GenesWithVariant = ["c9orf72"], CognitiveOrBehaviouralChange = "yes", CognitiveOrBehaviouralDetails = "Less patient.",
        });
        await using var db = world.Database.CreateContext();
        var sentOn = PatientDetails.FormatDate(world.ClinicA.LocalDate(new DateTimeOffset((await db.Consultations.SingleAsync(c => c.PatientId == patient.Id)).LastSubmittedAtUtc!.Value, TimeSpan.Zero)));

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Patients/{patient.Id}/Assessments/New"));

        var source = $"From the patient's questionnaire sent on {sentOn}";
        Assert.Contains("id=\"prefill-notice\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"172\"", html, StringComparison.Ordinal);
        Assert.Contains($"172 cm · {source}", html, StringComparison.Ordinal);
        Assert.Matches("<input type=\"radio\" name=\"Form.C9orf72\" value=\"yes\" checked=\"checked\"", html);
        Assert.Matches("<input type=\"radio\" name=\"Form.Ftd\" value=\"notKnown\" checked=\"checked\"", html);
        Assert.Contains("Less patient.", html, StringComparison.Ordinal);
        Assert.Contains("This is not an FTD diagnosis", html, StringComparison.Ordinal);
        Assert.Matches($"id=\"medicines-source\">Medicines: Riluzole · {Regex.Escape(source)}", html);
        Assert.Equal(0, await db.Assessments.CountAsync(a => a.PatientId == patient.Id)); // nothing is recorded until the clinician saves
        Assert.Equal("2024-03-01", PatientDetails.FormatDate((await db.Patients.AsNoTracking().SingleAsync(p => p.Id == patient.Id)).OnsetDate));
    }

    // Assessment and patient pages in Chinese: words, not codes (als, probableLabSupported) or English reasons.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ChineseAssessmentAndPatientPages_ShowNoRawCodesOrEnglishReasons(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await ClinicianAsync(world);
        var patient = await world.Data.CreatePatientAsync(world.ClinicA);
        await ChineseAsync(client);
        var fields = Fields().Where(f => f.Key != "Form.FvcPercentPredicted")
            .Append(new("Form.LmnEmg", "cervical")).Append(new("Form.LmnEmg", "lumbosacral")).Append(new("Form.C9orf72", "no"));
        var id = await SaveAsync(client, patient.Id, fields);

        var assessment = WebUtility.HtmlDecode(await client.GetStringAsync($"/Assessments/{id}"));
        var chart = WebUtility.HtmlDecode(await client.GetStringAsync($"/Patients/{patient.Id}"));

        Assert.Contains("实验室支持拟诊", assessment, StringComparison.Ordinal);
        Assert.Contains("肌萎缩侧索硬化（ALS）", assessment, StringComparison.Ordinal);
        Assert.Contains("上运动神经元体征见于1 个区域（延髓）", assessment, StringComparison.Ordinal);
        Assert.Contains("未估计：未测肺活量；额颞叶痴呆（FTD）状态未知。", assessment, StringComparison.Ordinal);
        Assert.Contains("未记录身高；计算FVC 占预计值需要此项。", assessment, StringComparison.Ordinal);
        Assert.Contains("至少需要 3 次 ALSFRS-R 评估", chart, StringComparison.Ordinal);
        foreach (var code in new[] { ">als<", "probableLabSupported", ">slow<", "UMN", "LMN", "is missing", "needed for", "region", "upperLimb", "notKnown<" })
        {
            Assert.DoesNotContain(code, assessment, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("onset date", chart, StringComparison.OrdinalIgnoreCase);
    }

    // The consultation report's clinical section is in the patient's language: codes and reasons from the same catalogue.
    [Fact]
    public async Task ChineseReport_ClinicalSection_HasWordsNotCodes()
    {
        var world = await worlds.ForAsync(DatabaseProvider.Sqlite);
        var client = await ClinicianAsync(world);
        var patient = await world.Data.CreatePatientAsync(world.ClinicA);
        var user = await world.Data.CreatePatientUserAsync(world.ClinicA, patient);
        await Questionnaires.GiveConsentAsync(world.Factory.Services, patient, user.Id);
        var consultationId = await Questionnaires.SubmitAsync(world.Factory.Services, user.Id, Questionnaires.Complete());
        var assessmentId = await SaveAsync(client, patient.Id, Fields().Append(new("Form.LmnEmg", "cervical")).Append(new("Form.LmnEmg", "lumbosacral"))
            .Append(new("Form.C9orf72", "no")));
        var workspace = $"/Consultations/{consultationId}";

        var response = await PageSession.SubmitAsync(client, workspace, new Dictionary<string, string>
        {
            ["Form.AssessmentId"] = assessmentId.ToString("D"), ["Form.ContraindicationsRuledOut"] = "true", ["Form.Recommendation"] = "needsFurtherInformation",
        }, workspace + "?handler=Preview");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var report = html[html.IndexOf("id=\"report-preview\"", StringComparison.Ordinal)..];

        Assert.Contains("实验室支持拟诊", report, StringComparison.Ordinal);
        Assert.Contains("肌萎缩侧索硬化（ALS）", report, StringComparison.Ordinal);
        Assert.Contains("上运动神经元体征见于1 个区域（延髓），肌电图失神经改变见于2 个区域（颈段、腰骶段）：实验室支持拟诊。", report, StringComparison.Ordinal);
        Assert.Contains("额颞叶痴呆（FTD）状态未知", report, StringComparison.Ordinal);
        Assert.Contains("0.09 (慢)", report, StringComparison.Ordinal);
        foreach (var code in new[] { ">als<", "probableLabSupported", "(slow)", "UMN", "missingPredictor", "upperLimb" })
        {
            Assert.DoesNotContain(code, report, StringComparison.Ordinal);
        }
    }
}
