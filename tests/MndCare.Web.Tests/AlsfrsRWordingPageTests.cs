using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Assessments.Wordings;
using MndCare.Application.Consultations;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Issue 7: a Chinese family fills in the self-rated ALSFRS-R in Chinese, labelled as a translation that is not validated;
// each score, self-rated or clinician-entered, keeps the wording it was rated in.
public sealed class AlsfrsRWordingPageTests(ApiWorld worlds)
{
    private static async Task SwitchToChineseAsync(HttpClient client) =>
        Assert.Equal(HttpStatusCode.Redirect, (await PageSession.SubmitAsync(client, "/Language",
            new Dictionary<string, string> { ["culture"] = "zh-Hans", ["returnUrl"] = "/" })).StatusCode);

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ChineseQuestionnaire_ShowsTheChineseItemsAndLabel_AndStoresItsWording(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var patient = await world.Data.CreatePatientAsync(world.ClinicA);
        var user = await world.Data.CreatePatientUserAsync(world.ClinicA, patient);
        var client = await PageSession.SignInAsync(world.Factory, user.Email!, TestWorld.Password);
        await SwitchToChineseAsync(client);
        var opened = await PageSession.SubmitAsync(client, "/Portal", new Dictionary<string, string>(), "/Portal?handler=Open");
        var questionnaire = opened.Headers.Location!.OriginalString;
        var id = Guid.Parse(questionnaire.Split('/')[3]);

        var page = await client.GetStringAsync(questionnaire, TestContext.Current.CancellationToken);

        Assert.Contains("<label for=\"Form_Alsfrsr_speech\">1. 言语</label>", page, StringComparison.Ordinal);
        Assert.Contains("0 · 需要别人喂食</option>", page, StringComparison.Ordinal);
        Assert.Contains("5b. 切食物和使用餐具（已做胃造瘘）", page, StringComparison.Ordinal);
        Assert.Contains("0 · 经气管插管或气管切开进行有创机械通气</option>", page, StringComparison.Ordinal);
        Assert.Contains("非经验证的译本", page, StringComparison.Ordinal);
        Assert.Contains($"name=\"Form.AlsfrsrWording\" value=\"{AlsfrsRWordings.ChineseId}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Loss of useful speech", page, StringComparison.Ordinal);

        var fields = new Dictionary<string, string>
        {
            ["Form.AlsfrsrWording"] = AlsfrsRWordings.ChineseId, ["Version"] = PageSession.Version(page), ["next"] = "save",
        };
        foreach (var item in new[] { "speech", "salivation", "swallowing", "handwriting", "cuttingWithoutGastrostomy", "dressing", "turning", "walking",
            "climbing", "dyspnea", "orthopnea", "respiratoryInsufficiency" })
        {
            fields[$"Form.Alsfrsr[{item}]"] = "3";
        }
        var saved = await PageSession.SubmitAsync(client, questionnaire, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = world.Database.CreateContext();
        var answers = (await db.Consultations.AsNoTracking().SingleAsync(c => c.Id == id, TestContext.Current.CancellationToken)).Answers;
        Assert.Equal((36, AlsfrsRWordings.ChineseId), (answers.SelfRatedAlsfrsR()!.Total, answers.AlsfrsrWording));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Api_StoresTheNamedWording_OrThatOfTheRequestLanguage_AndRefusesAnUnknownOne(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var patient = await world.Data.CreatePatientAsync(world.ClinicA);
        var user = await world.Data.CreatePatientUserAsync(world.ClinicA, patient);
        var client = await ApiClient.SignedInAsync(world.Factory, user.Email!);
        var id = (await (await client.PostAsJsonAsync("/api/consultations", new { })).Content.ReadFromJsonAsync<ConsultationView>())!.Id;
        var path = $"/api/consultations/{id}/questionnaire";

        var named = await Questionnaires.SaveAsync(client, id, Questionnaires.Complete() with { AlsfrsrWording = AlsfrsRWordings.EnglishId });
        Assert.Equal(AlsfrsRWordings.EnglishId, (await named.Content.ReadFromJsonAsync<ConsultationView>())!.Answers.AlsfrsrWording);

        using var chinese = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(Questionnaires.Complete() with { AlsfrsrWording = null }) };
        chinese.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));
        chinese.Headers.IfMatch.Add(named.Headers.ETag!);
        var defaulted = await client.SendAsync(chinese);
        Assert.Equal(AlsfrsRWordings.ChineseId, (await defaulted.Content.ReadFromJsonAsync<ConsultationView>())!.Answers.AlsfrsrWording);

        var unknown = await Questionnaires.SaveAsync(client, id, Questionnaires.Complete() with { AlsfrsrWording = "fr-unknown-1" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("alsfrsrWording", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ClinicianAssessment_InChinese_KeepsTheChineseWording_AndShowsIt(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var clinician = await world.Data.CreateStaffAsync(world.ClinicA, ClinicRole.Clinician);
        var client = await PageSession.SignInAsync(world.Factory, clinician.Email!, TestWorld.Password, await world.EnrolAuthenticatorAsync(clinician.Email!));
        var patient = await world.Data.CreatePatientAsync(world.ClinicA, new PatientBuilder().WithMrn("WD-" + Guid.CreateVersion7().ToString("N")[^8..]));
        await SwitchToChineseAsync(client);
        var form = $"/Patients/{patient.Id}/Assessments/New";

        var page = await client.GetStringAsync(form, TestContext.Current.CancellationToken);
        Assert.Contains("<label for=\"Form_speech\">1. 言语</label>", page, StringComparison.Ordinal);
        Assert.Contains("5a. 切食物和使用餐具（没有胃造瘘） / 5b. 切食物和使用餐具（已做胃造瘘）", page, StringComparison.Ordinal);
        Assert.Contains("非经验证的译本", page, StringComparison.Ordinal);

        var fields = new Dictionary<string, string>
        {
            ["Form.AssessmentDate"] = "2026-01-10", ["Form.Mode"] = "clinician", ["Form.AlsfrsRWording"] = AlsfrsRWordings.ChineseId,
            ["Form.Speech"] = "3", ["Form.Salivation"] = "4", ["Form.Swallowing"] = "4", ["Form.Handwriting"] = "4", ["Form.Cutting"] = "4",
            ["Form.Dressing"] = "4", ["Form.Turning"] = "4", ["Form.Walking"] = "3", ["Form.Climbing"] = "4", ["Form.Dyspnea"] = "4",
            ["Form.Orthopnea"] = "4", ["Form.RespiratoryInsufficiency"] = "4",
        };
        var saved = await PageSession.SubmitAsync(client, form, fields, form + "?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = world.Database.CreateContext();
        var assessment = await db.Assessments.AsNoTracking().SingleAsync(a => a.PatientId == patient.Id, TestContext.Current.CancellationToken);
        Assert.Equal(AlsfrsRWordings.ChineseId, assessment.AlsfrsRWording);
        var details = WebUtility.HtmlDecode(await client.GetStringAsync(saved.Headers.Location!.OriginalString, TestContext.Current.CancellationToken));
        Assert.Contains("ALSFRS-R 文本版本: ALSFRS-R 简体中文译本（MndCare 第 1 版） · 非经验证的译本", details, StringComparison.Ordinal);
        var record = await client.GetStringAsync($"/Patients/{patient.Id}", TestContext.Current.CancellationToken);
        Assert.Contains("id=\"unvalidated-wording-note\"", record, StringComparison.Ordinal);
    }
}
