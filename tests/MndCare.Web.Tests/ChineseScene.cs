using System.Net;
using System.Net.Http.Json;
using MndCare.Application.Consultations;
using MndCare.Domain.Clinics;
using MndCare.Domain.Consultations;
using MndCare.Persistence;
using MndCare.Testing;
using MndCare.Testing.HostileFiles;

namespace MndCare.Web.Tests;

/// <summary>A Chinese clinic whose data is all Chinese, so any English a page shows is the interface's: its staff, and a
/// patient whose answered consultation has a file, messages from a family member and the clinic, a clinician's complete
/// assessment and a signed report.</summary>
public sealed class ChineseScene : IAsyncLifetime
{
    private static readonly Dictionary<ClinicRole, string> StaffNames = new()
    {
        [ClinicRole.Clinician] = "李医生", [ClinicRole.Nurse] = "张护士", [ClinicRole.TcmPractitioner] = "赵中医师", [ClinicRole.CellLab] = "钱技师",
        [ClinicRole.Administrator] = "孙管理员", [ClinicRole.Auditor] = "周审计员",
    };

    private TestDatabase _database = null!;
    private Clinic _clinic = null!;

    public MndCareWebFactory Factory { get; private set; } = null!;

    public Guid PatientId { get; private set; }

    public Guid ConsultationId { get; private set; }

    public Guid ReportId { get; private set; }

    public Guid CourseId { get; private set; }

    public string PatientEmail { get; private set; } = string.Empty;

    public string FamilyEmail { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        Factory = new MndCareWebFactory(_database);
        var data = new TestWorld(Factory.Services);
        _clinic = await data.CreateClinicAsync("上海示范诊所");
        var person = await data.CreatePatientAsync(_clinic, new PatientBuilder().WithName("王建国").WithMrn("SH-0001"));
        var self = await data.CreatePatientUserAsync(_clinic, person, displayName: "王建国");
        var family = await data.CreatePatientUserAsync(_clinic, person, PatientRelationship.Child, displayName: "王小明");
        await Questionnaires.GiveConsentAsync(Factory.Services, person, self.Id);
        (PatientId, PatientEmail, FamilyEmail) = (person.Id, self.Email!, family.Email!);

        var patient = await ApiClient.SignedInAsync(Factory, PatientEmail);
        ConsultationId = (await (await patient.PostAsJsonAsync("/api/consultations", new { })).Content.ReadFromJsonAsync<ConsultationView>())!.Id;
        (await Questionnaires.SaveAsync(patient, ConsultationId, ChineseAnswers())).EnsureSuccessStatusCode();
        (await patient.PostAsync($"/api/consultations/{ConsultationId}/files",
            ConsultationFileApiTests.Upload(MinimalPdf.Valid(), "肌电图报告.pdf", "application/pdf"))).EnsureSuccessStatusCode();
        (await patient.PostAsync($"/api/consultations/{ConsultationId}/submit", null)).EnsureSuccessStatusCode();
        var relative = await ApiClient.SignedInAsync(Factory, FamilyEmail);
        (await relative.PostAsJsonAsync($"/api/consultations/{ConsultationId}/messages", new { text = "父亲最近吞咽更困难了。" })).EnsureSuccessStatusCode();

        var clinician = await StaffAsync(ClinicRole.Clinician);
        var workspace = $"/Consultations/{ConsultationId}";
        Assert.Equal(HttpStatusCode.Redirect,
            (await PageSession.SubmitAsync(clinician, workspace, new Dictionary<string, string>(), workspace + "?handler=Assign")).StatusCode);
        await PageSession.SubmitAsync(clinician, workspace, new Dictionary<string, string> { ["text"] = "收到，我们会在报告中回复。" }, workspace + "?handler=Message");
        var assessment = await RecordAssessmentAsync(clinician, person.Id);
        var signed = await PageSession.SubmitAsync(clinician, workspace, new Dictionary<string, string>
        {
            ["Form.AssessmentId"] = assessment, ["Form.ContraindicationsRuledOut"] = "true", ["Form.Recommendation"] = "offerProgramme",
            ["Form.RecommendationText"] = "病历支持 ALS 诊断，病程进展较慢；如您愿意，可以参加本方案。",
            ["Form.ProposedPlan"] = "自 2027-01-11 起每周静脉输注一次，共四次；每周针灸三次。", ["Form.Costs"] = "书面报价随后发送；决定之前无需付款。",
            ["password"] = TestWorld.Password,
        }, workspace + "?handler=Sign");
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        ReportId = Guid.Parse(signed.Headers.Location!.OriginalString.Split('/')[^1]);
        CourseId = await PlanCourseAsync(clinician, person.Id);
    }

    // Issue 8: a Chinese template made on the administrator's page, and a course planned from it on the clinician's, with a medication.
    private async Task<Guid> PlanCourseAsync(HttpClient clinician, Guid patientId)
    {
        var admin = await StaffAsync(ClinicRole.Administrator);
        var template = await PageSession.SubmitAsync(admin, "/Admin/CourseTemplates/Edit", new Dictionary<string, string>
        {
            ["Form.Name"] = "四周方案", ["Form.NameInChinese"] = "四周静脉输注脐带间充质干细胞联合中医治疗", ["Form.LengthWeeks"] = "4", ["Form.InfusionCount"] = "4",
            ["Form.InfusionSpacingDays"] = "7", ["Form.TcmSessionsPerWeek[acupuncture]"] = "3", ["Form.TcmSessionsPerWeek[herbalMedicine]"] = "1",
            ["Form.BaselineAssessments"] = "alsfrsR", ["Form.EndAssessments"] = "alsfrsR",
        });
        Assert.True(template.StatusCode == HttpStatusCode.Redirect, await template.Content.ReadAsStringAsync());
        var form = $"/Patients/{patientId}/Courses/New?consultationId={ConsultationId}";
        var templateId = System.Text.RegularExpressions.Regex.Match(await clinician.GetStringAsync(form), "name=\"TemplateId\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        var planned = await PageSession.SubmitAsync(clinician, form, new Dictionary<string, string> { ["TemplateId"] = templateId, ["StartsOn"] = "2027-01-11" }, form);
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        var course = planned.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Redirect, (await PageSession.SubmitAsync(clinician, course, new Dictionary<string, string>
        {
            ["Version"] = PageSession.Version(await clinician.GetStringAsync(course)), ["medication"] = "riluzole", ["doseText"] = "50 毫克，每日两次",
            ["startsOn"] = "2025-06-01",
        }, course + "?handler=AddMedication")).StatusCode);
        return Guid.Parse(course.Split('/')[^1]);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>A new member of staff in <paramref name="role"/>, with a Chinese name, signed in on the pages in Chinese.</summary>
    /// <remarks>A new user per session: an authenticator code is accepted once.</remarks>
    public async Task<HttpClient> StaffAsync(ClinicRole role)
    {
        var data = new TestWorld(Factory.Services);
        var user = await data.CreateStaffAsync(_clinic, role, displayName: StaffNames[role]);
        return await InChineseAsync(await PageSession.SignInAsync(Factory, user.Email!, TestWorld.Password, await data.EnrolAuthenticatorAsync(user.Email!)));
    }

    /// <summary>The patient or the family member, signed in on the pages in Chinese.</summary>
    public async Task<HttpClient> SignInAsync(string email) => await InChineseAsync(await PageSession.SignInAsync(Factory, email, TestWorld.Password));

    private static async Task<HttpClient> InChineseAsync(HttpClient client)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await PageSession.SubmitAsync(client, "/Language",
            new Dictionary<string, string> { ["culture"] = "zh-Hans", ["returnUrl"] = "/" })).StatusCode);
        return client;
    }

    private static QuestionnaireAnswers ChineseAnswers() => Questionnaires.Complete() with
    {
        Spread = "半年后左手也无力。", DiagnosedBy = "某大学附属医院神经内科", Allergies = "青霉素", EarlierTcmDetails = "2025 年针灸三个月。",
        Goals = "尽可能长时间保持行走能力。", CognitiveOrBehaviouralChange = "yes", CognitiveOrBehaviouralDetails = "有时找不到合适的词。",
        OtherMedications = "维生素 B12", GeneticTesting = "variantFound", GenesWithVariant = ["c9orf72"],
    };

    private static async Task<string> RecordAssessmentAsync(HttpClient clinician, Guid patientId)
    {
        var path = $"/Patients/{patientId}/Assessments/New";
        var page = await clinician.GetStringAsync(path);
        var response = await clinician.PostAsync(path + "?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PageSession.AntiforgeryToken(page),
            ["Form.AssessmentDate"] = "2026-11-20", ["Form.Mode"] = "clinician", ["Form.Speech"] = "3", ["Form.Salivation"] = "4", ["Form.Swallowing"] = "3",
            ["Form.Handwriting"] = "3", ["Form.Cutting"] = "3", ["Form.Dressing"] = "3", ["Form.Turning"] = "4", ["Form.Walking"] = "3",
            ["Form.Climbing"] = "2", ["Form.Dyspnea"] = "4", ["Form.Orthopnea"] = "4", ["Form.RespiratoryInsufficiency"] = "4",
            ["Form.FvcPercentPredicted"] = "82", ["Form.ExaminationRecorded"] = "true", ["Form.Progression"] = "true", ["Form.AlternativeExcluded"] = "true",
            ["Form.Umn"] = "bulbar", ["Form.LmnClinical"] = "cervical", ["Form.LmnEmg"] = "lumbosacral", ["Form.Ftd"] = "no", ["Form.C9orf72"] = "yes",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString.Split('/')[^1];
    }
}
