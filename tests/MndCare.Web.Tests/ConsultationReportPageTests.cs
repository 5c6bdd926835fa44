using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Consultations;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;
using MndCare.Testing.HostileFiles;
using MndCare.Testing.Pdf;

namespace MndCare.Web.Tests;

// Issue 4: the clinician signs the report by re-entering the password; a signed report never changes; a correction is a new version.
public sealed class ConsultationReportPageTests(ApiWorld worlds)
{
    private static async Task<(HttpClient Patient, Guid ConsultationId)> SubmittedAsync(World world, string language)
    {
        var patient = await world.Data.CreatePatientAsync(world.ClinicA, new PatientBuilder().WithName("<script>window.__xss=1</script> 林", "Lin")
            .With(i => i with { PreferredLanguage = language }));
        var user = await world.Data.CreatePatientUserAsync(world.ClinicA, patient);
        await Questionnaires.GiveConsentAsync(world.Factory.Services, patient, user.Id);
        var client = await ApiClient.SignedInAsync(world.Factory, user.Email!);
        var draft = (await (await client.PostAsJsonAsync("/api/consultations", new { })).Content.ReadFromJsonAsync<ConsultationView>())!;
        (await client.PutAsJsonAsync($"/api/consultations/{draft.Id}/questionnaire", Questionnaires.Complete())).EnsureSuccessStatusCode();
        (await client.PostAsync($"/api/consultations/{draft.Id}/files", ConsultationFileApiTests.Upload(MinimalPdf.Valid(), "EMG.pdf", "application/pdf")))
            .EnsureSuccessStatusCode();
        (await client.PostAsync($"/api/consultations/{draft.Id}/submit", null)).EnsureSuccessStatusCode();
        return (client, draft.Id);
    }

    // A fresh user per session: an authenticator code is accepted once, and tests run in parallel.
    private static async Task<HttpClient> StaffAsync(World world, ClinicRole role)
    {
        var user = await world.Data.CreateStaffAsync(world.ClinicA, role);
        return await PageSession.SignInAsync(world.Factory, user.Email!, TestWorld.Password, await world.EnrolAuthenticatorAsync(user.Email!));
    }

    internal static Dictionary<string, string> Offer(string? password = null, string? correction = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.AssessmentId"] = "",
            ["Form.ContraindicationsRuledOut"] = "true",
            ["Form.Recommendation"] = "offerProgramme",
            ["Form.RecommendationText"] = "The records support ALS; the programme can be offered if you wish.",
            ["Form.ProposedPlan"] = "Four weekly infusions from 2027-01-11, with acupuncture three times a week.",
            ["Form.Costs"] = "A written quote follows; nothing is due before you decide.",
        };
        if (password is not null)
        {
            fields["password"] = password;
        }
        if (correction is not null)
        {
            fields["Form.CorrectionReason"] = correction;
        }
        return fields;
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Sign_WithThePassword_IssuesAnImmutablePdf_AndACorrectionIsANewVersion(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (patient, id) = await SubmittedAsync(world, "en");
        var clinician = await StaffAsync(world, ClinicRole.Clinician);
        var workspace = $"/Consultations/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await PageSession.SubmitAsync(clinician, workspace, new Dictionary<string, string>(), workspace + "?handler=Assign")).StatusCode);

        var noPlan = Offer("wrong password");
        noPlan.Remove("Form.ProposedPlan");
        var preview = await PageSession.SubmitAsync(clinician, workspace, noPlan, workspace + "?handler=Preview");
        Assert.Contains("proposed plan", await preview.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var wrong = await PageSession.SubmitAsync(clinician, workspace, Offer("wrong password"), workspace + "?handler=Sign");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("the report was not signed", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var db = world.Database.CreateContext())
        {
            Assert.False(await db.ConsultationReports.AnyAsync(r => r.ConsultationId == id));
        }

        var signed = await PageSession.SubmitAsync(clinician, workspace, Offer(TestWorld.Password), workspace + "?handler=Sign");
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var view = (await patient.GetFromJsonAsync<ConsultationView>($"/api/consultations/{id}"))!;
        Assert.Equal("answered", view.Status);
        var first = Assert.Single(view.Reports);

        var pdf = await patient.GetByteArrayAsync($"/api/consultations/{id}/reports/{first.Id}/pdf");
        var text = PdfText.Normalized(pdf);
        Assert.Contains("Consultation report", text, StringComparison.Ordinal);
        Assert.Contains("<script>window.__xss=1</script>", text, StringComparison.Ordinal);
        Assert.Contains("MSC therapy for ALS is investigational", text, StringComparison.Ordinal);
        Assert.Contains("Fever after infusion", text, StringComparison.Ordinal);
        Assert.Contains("Riluzole: approved", text, StringComparison.Ordinal);
        Assert.Contains("Four weekly infusions", text, StringComparison.Ordinal);
        Assert.Contains("Signed electronically by", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of", text, StringComparison.Ordinal);
        await using (var db = world.Database.CreateContext())
        {
            var stored = await db.ConsultationReports.SingleAsync(r => r.Id == first.Id);
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(pdf), stored.Sha256);
        }

        // Security test plan AU-06: no reason and a two-character reason are refused; the page answers with the form again.
        var withoutReason = await PageSession.SubmitAsync(clinician, workspace, Offer(TestWorld.Password), workspace + "?handler=Sign");
        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        var tooShort = await PageSession.SubmitAsync(clinician, workspace, Offer(TestWorld.Password, "ok"), workspace + "?handler=Sign");
        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        Assert.Contains("is too short", await tooShort.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var corrected = await PageSession.SubmitAsync(clinician, workspace, Offer(TestWorld.Password, "The start date moved by one week."), workspace + "?handler=Sign");
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var after = (await patient.GetFromJsonAsync<ConsultationView>($"/api/consultations/{id}"))!;
        Assert.Equal(2, after.Reports.Count);
        Assert.True(after.Reports.Single(r => r.VersionNumber == 1).Superseded);
        Assert.Equal(pdf, await patient.GetByteArrayAsync($"/api/consultations/{id}/reports/{first.Id}/pdf"));
        var second = after.Reports.Single(r => r.VersionNumber == 2);
        Assert.Contains("The start date moved by one week.",
            PdfText.Normalized(await patient.GetByteArrayAsync($"/api/consultations/{id}/reports/{second.Id}/pdf")), StringComparison.Ordinal);
    }

    // The correction reason may be as long as every report text (8000 characters); the column must hold it on both databases.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Correction_WithALongReason_IsSigned(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (patient, id) = await SubmittedAsync(world, "en");
        var clinician = await StaffAsync(world, ClinicRole.Clinician);
        var workspace = $"/Consultations/{id}";
        await PageSession.SubmitAsync(clinician, workspace, new Dictionary<string, string>(), workspace + "?handler=Assign");
        await PageSession.SubmitAsync(clinician, workspace, Offer(TestWorld.Password), workspace + "?handler=Sign");

        var corrected = await PageSession.SubmitAsync(clinician, workspace, Offer(TestWorld.Password, new string('r', 5000)), workspace + "?handler=Sign");

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal(2, (await patient.GetFromJsonAsync<ConsultationView>($"/api/consultations/{id}"))!.Reports.Count);
    }

    [Fact]
    public async Task Report_IsInThePatientsLanguage()
    {
        var world = await worlds.ForAsync(DatabaseProvider.Sqlite);
        var (patient, id) = await SubmittedAsync(world, "zh-Hans");
        var clinician = await StaffAsync(world, ClinicRole.Clinician);
        var workspace = $"/Consultations/{id}";
        await PageSession.SubmitAsync(clinician, workspace, new Dictionary<string, string>(), workspace + "?handler=Assign");

        var signed = await PageSession.SubmitAsync(clinician, workspace, Offer(TestWorld.Password), workspace + "?handler=Sign");

        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var report = Assert.Single((await patient.GetFromJsonAsync<ConsultationView>($"/api/consultations/{id}"))!.Reports);
        var text = PdfText.WithoutWhitespace(await patient.GetByteArrayAsync($"/api/consultations/{id}/reports/{report.Id}/pdf"));
        Assert.Contains("会诊报告", text, StringComparison.Ordinal);
        Assert.Contains("间充质干细胞治疗ALS仍属研究性质", text, StringComparison.Ordinal);
        Assert.Contains("第1页，共", text, StringComparison.Ordinal);
        Assert.Contains("利鲁唑", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nurse_CannotSign_AndAdministratorCannotOpenTheWorkspace()
    {
        var world = await worlds.ForAsync(DatabaseProvider.Sqlite);
        var (_, id) = await SubmittedAsync(world, "en");
        var nurse = await StaffAsync(world, ClinicRole.Nurse);
        var admin = await StaffAsync(world, ClinicRole.Administrator);
        var workspace = $"/Consultations/{id}";

        var page = await nurse.GetStringAsync(workspace);
        Assert.DoesNotContain("sign-report", page, StringComparison.Ordinal);
        var attempt = await PageSession.SubmitAsync(nurse, workspace, Offer(TestWorld.Password), workspace + "?handler=Sign");
        Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        await using (var db = world.Database.CreateContext())
        {
            Assert.False(await db.ConsultationReports.AnyAsync(r => r.ConsultationId == id));
        }
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync(workspace)).StatusCode);
    }
}
