using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Clinical-core issue, web: assessment entry with results and reasons, append-only corrections with a reason, both audited.
public sealed partial class AssessmentPageTests(ApiWorld worlds)
{
    [GeneratedRegex("/Assessments/([0-9a-f-]{36})$")]
    private static partial Regex AssessmentUrl();

    private static Dictionary<string, string> Fields(string date = "2026-01-10") => new()
    {
        ["Form.AssessmentDate"] = date, ["Form.Mode"] = "clinician",
        ["Form.Speech"] = "3", ["Form.Salivation"] = "4", ["Form.Swallowing"] = "4", ["Form.Handwriting"] = "4", ["Form.Cutting"] = "4",
        ["Form.Dressing"] = "4", ["Form.Turning"] = "4", ["Form.Walking"] = "3", ["Form.Climbing"] = "4", ["Form.Dyspnea"] = "4",
        ["Form.Orthopnea"] = "4", ["Form.RespiratoryInsufficiency"] = "4", ["Form.ExaminationRecorded"] = "true",
        ["Form.FvcPercentPredicted"] = "85",
    };

    private async Task<(HttpClient Client, World World, Guid PatientId)> ClinicianWithPatientAsync(DatabaseProvider provider, ClinicRole role = ClinicRole.Clinician)
    {
        var world = await worlds.ForAsync(provider);
        var user = await world.Data.CreateStaffAsync(world.ClinicA, role);
        var client = await PageSession.SignInAsync(world.Factory, user.Email!, TestWorld.Password, await world.EnrolAuthenticatorAsync(user.Email!));
        var patient = await world.Data.CreatePatientAsync(world.ClinicA, new PatientBuilder().WithMrn("AS-" + Guid.CreateVersion7().ToString("N")[^8..]));
        return (client, world, patient.Id);
    }

    private static async Task<Guid> SaveAsync(HttpClient client, Guid patientId, Dictionary<string, string> fields)
    {
        var response = await PageSession.SubmitAsync(client, $"/Patients/{patientId}/Assessments/New", fields, $"/Patients/{patientId}/Assessments/New?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(AssessmentUrl().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Record_SavesAndShowsResultsWithReasons(DatabaseProvider provider)
    {
        var (client, world, patientId) = await ClinicianWithPatientAsync(provider);
        var fields = Fields();
        fields["Form.Umn"] = "bulbar";
        fields["Form.LmnClinical"] = "bulbar";

        var id = await SaveAsync(client, patientId, fields);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Assessments/{id}"));

        Assert.Contains("ALSFRS-R total: <strong>46</strong> / 48", html, StringComparison.Ordinal);
        Assert.Contains("Lower limb involved (item 8: 3).", html, StringComparison.Ordinal);
        Assert.Contains("Progressive bulbar palsy (PBP)", html, StringComparison.Ordinal);
        await using var db = world.Database.CreateContext();
        var created = await db.AuditEvents.AsNoTracking().Where(e => e.Action == "assessment.create" && e.EntityId == id.ToString("D")).SingleAsync();
        Assert.Equal(AuditOutcome.Success, created.Outcome);
        Assert.Contains(created.Changes, c => c is { Field: "speech", Old: null, New: "3" });
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Preview_ComputesWithoutSaving(DatabaseProvider provider)
    {
        var (client, world, patientId) = await ClinicianWithPatientAsync(provider);

        var response = await PageSession.SubmitAsync(client, $"/Patients/{patientId}/Assessments/New", Fields(),
            $"/Patients/{patientId}/Assessments/New?handler=Preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("46", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = world.Database.CreateContext();
        Assert.False(await db.Assessments.AnyAsync(a => a.PatientId == patientId));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Record_InvalidInputs_ShowsEachFieldAndSavesNothing(DatabaseProvider provider)
    {
        var (client, world, patientId) = await ClinicianWithPatientAsync(provider);
        var fields = Fields("2999-01-01");
        fields["Form.Speech"] = "";
        fields["Form.HeightCm"] = "900";

        var response = await PageSession.SubmitAsync(client, $"/Patients/{patientId}/Assessments/New", fields, $"/Patients/{patientId}/Assessments/New?handler=Save");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Assessment date: is in the future.", html, StringComparison.Ordinal);
        Assert.Contains("Item 1, speech: is missing", html, StringComparison.Ordinal);
        Assert.Contains("Height:", html, StringComparison.Ordinal);
        await using var db = world.Database.CreateContext();
        Assert.False(await db.Assessments.AnyAsync(a => a.PatientId == patientId));
    }

    // Append-only: the correction is a new assessment that supersedes the old one, with a reason; both are audited.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Correct_AddsANewVersionWithAReason_AndKeepsTheOriginal(DatabaseProvider provider)
    {
        var (client, world, patientId) = await ClinicianWithPatientAsync(provider);
        var original = await SaveAsync(client, patientId, Fields());
        var fields = Fields();
        fields["Form.Walking"] = "2";

        var noReason = await PageSession.SubmitAsync(client, $"/Assessments/{original}/Correct", fields);
        fields["Form.CorrectionReason"] = "Walking was rated on the wrong line of the form.";
        var corrected = await PageSession.SubmitAsync(client, $"/Assessments/{original}/Correct", fields);

        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var newId = Guid.Parse(AssessmentUrl().Match(corrected.Headers.Location!.OriginalString).Groups[1].Value);
        Assert.Contains("This assessment was corrected.", await client.GetStringAsync($"/Assessments/{original}"), StringComparison.Ordinal);
        var chart = await client.GetStringAsync($"/Patients/{patientId}");
        Assert.Contains($"/Assessments/{newId}", chart, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Assessments/{original}\"", chart, StringComparison.Ordinal);
        await using var db = world.Database.CreateContext();
        Assert.Equal(2, await db.Assessments.CountAsync(a => a.PatientId == patientId));
        var audit = await db.AuditEvents.AsNoTracking().Where(e => e.Action == "assessment.correct" && e.Outcome == AuditOutcome.Success && e.EntityId == newId.ToString("D")).SingleAsync();
        Assert.Equal("Walking was rated on the wrong line of the form.", audit.Reason);
        Assert.Contains(audit.Changes, c => c is { Field: "walking", Old: "3", New: "2" });
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Nurse_ReadsButDoesNotRecord_AdministratorSeesNoAssessment(DatabaseProvider provider)
    {
        var (clinician, world, patientId) = await ClinicianWithPatientAsync(provider);
        var id = await SaveAsync(clinician, patientId, Fields());
        var (nurse, _, _) = await ClinicianWithPatientAsync(provider, ClinicRole.Nurse);
        var (administrator, _, _) = await ClinicianWithPatientAsync(provider, ClinicRole.Administrator);

        Assert.Equal(HttpStatusCode.OK, (await nurse.GetAsync($"/Assessments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await nurse.GetAsync($"/Patients/{patientId}/Assessments/New")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await administrator.GetAsync($"/Assessments/{id}")).StatusCode);
        Assert.DoesNotContain("id=\"timeline\"", await administrator.GetStringAsync($"/Patients/{patientId}"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AnotherClinicsAssessment_IsNotFound(DatabaseProvider provider)
    {
        var (clinician, world, patientId) = await ClinicianWithPatientAsync(provider);
        var id = await SaveAsync(clinician, patientId, Fields());
        var other = await world.Data.CreateStaffAsync(world.ClinicB, ClinicRole.Clinician);
        var otherClient = await PageSession.SignInAsync(world.Factory, other.Email!, TestWorld.Password, await world.EnrolAuthenticatorAsync(other.Email!));

        Assert.Equal(HttpStatusCode.NotFound, (await otherClient.GetAsync($"/Assessments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherClient.GetAsync($"/Patients/{patientId}/Assessments/New")).StatusCode);
    }
}
