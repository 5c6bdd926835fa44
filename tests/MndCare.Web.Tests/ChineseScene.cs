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
        await ArrangeCellLabAsync(await StaffAsync(ClinicRole.CellLab));
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

    // Issue 8, cell lab: a donor with one marker screened, a lot within specification with a unit stored and handed off, a lot out of
    // specification, and a storage reading warmer than the lot allows, so the cell-lab pages show every part in Chinese.
    private async Task ArrangeCellLabAsync(HttpClient lab)
    {
        string Day(int offset) => MndCare.Domain.Time.ClinicTime.Format(_clinic.LocalDate(DateTimeOffset.UtcNow).AddDays(offset));
        var donor = Domain.CellProducts.DonorCode.FromSequence(42).Value;
        Assert.Equal(HttpStatusCode.Redirect, (await PageSession.SubmitAsync(lab, "/CellLab/Donors/New", new Dictionary<string, string>
        {
            ["Form.DonorCode"] = donor, ["Form.ConsentedOn"] = Day(-40), ["Form.Screening.Result[hiv]"] = "nonReactive", ["Form.Screening.TestedOn[hiv]"] = Day(-30),
        })).StatusCode);
        async Task<string> LotAsync(string lotNumber, string viability)
        {
            var created = await PageSession.SubmitAsync(lab, "/CellLab/Lots/New", new Dictionary<string, string>
            {
                ["Form.LotNumber"] = lotNumber, ["Form.ProductCode"] = "UCMSC-IV", ["Form.DonorCode"] = donor, ["Form.ManufacturedOn"] = Day(-20),
                ["Form.ExpiresOn"] = Day(90), ["Form.Passage"] = "4", ["Form.CellsPerUnit"] = "100000000", ["Form.UnitsProduced"] = "2",
                ["Form.ThawToEndLimitMinutes"] = "90", ["Form.StorageMaxCelsius"] = "-150",
            });
            var page = created.Headers.Location!.OriginalString;
            var results = new Dictionary<string, string>
            {
                ["Form.Numbers[viabilityPercent]"] = viability, ["Form.Numbers[cd73Percent]"] = "99", ["Form.Numbers[cd90Percent]"] = "99",
                ["Form.Numbers[cd105Percent]"] = "99", ["Form.Numbers[cd45Percent]"] = "0.5", ["Form.Numbers[cd34Percent]"] = "0.5",
                ["Form.Numbers[cd14Percent]"] = "0.5", ["Form.Numbers[cd19Percent]"] = "0.5", ["Form.Numbers[hlaDrPercent]"] = "0.5",
                ["Form.Numbers[endotoxinEuPerMl]"] = "0.1", ["Form.Sterility"] = "negative", ["Form.Mycoplasma"] = "negative", ["Form.Karyotype"] = "normal",
            };
            Assert.Equal(HttpStatusCode.OK, (await PageSession.SubmitAsync(lab, page, results, page + "?handler=Results")).StatusCode);
            return page;
        }
        var within = await LotAsync("UCM2701-01", "92");
        await LotAsync("UCM2701-02", "60");
        await PageSession.SubmitAsync(lab, within, new Dictionary<string, string> { ["unitCode"] = Domain.CellProducts.UnitCode.For(
            Domain.CellProducts.LotNumber.Create("UCM2701-01").Value, 1).Value, ["location"] = "液氮罐 1 号" }, within + "?handler=Store");
        await PageSession.SubmitAsync(lab, "/CellLab/Storage", new Dictionary<string, string>
        {
            ["Form.Location"] = "液氮罐 1 号", ["Form.Celsius"] = "-120", ["Form.TakenAt"] = Day(0) + "T00:05",
        });
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
