using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Safety.Labs;
using MndCare.Domain.Auditing;
using MndCare.Domain.Safety.Labs;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Lab results over the API (issue 9; docs/safety/labs.md): CTCAE v5.0 grades stored with the version, the riluzole label's ALT alerts
// (strictly above 3× and 5× ULN), 422 with the `mndcare grade` codes, who may read and record, and scheduled checks being satisfied.
public sealed class LabResultApiTests(ApiWorld worlds)
{
    private static readonly string[] AltAndAst = ["ALT", "AST"], AltOnly = ["ALT"];

    private static object Alt(decimal value, decimal uln = 40m, DateTimeOffset? collectedAt = null) =>
        new { test = "ALT", value, unit = "U/L", upperLimitOfNormal = uln, collectedAt = collectedAt ?? DateTimeOffset.UtcNow.AddHours(-1) };

    private async Task<(World World, Guid PatientId, HttpClient Clinician)> PatientAsync(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var patient = await world.Data.CreatePatientAsync(world.ClinicA, new PatientBuilder().WithMrn(PatientApiTests.UniqueMrn()));
        return (world, patient.Id, await world.ClientAsync("clinician"));
    }

    // Riluzole on the scene's course (course changes need the version read, If-Match).
    internal static async Task StartRiluzoleAsync(InfusionScene ward, DateOnly startsOn)
    {
        var current = await ward.Clinician.GetAsync($"/api/courses/{ward.CourseId}");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/courses/{ward.CourseId}/medications")
        {
            Content = JsonContent.Create(new { medication = "riluzole", doseText = "50 mg twice daily", startsOn = Domain.Time.ClinicTime.Format(startsOn) }),
        };
        request.Headers.IfMatch.Add(current.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await ward.Clinician.SendAsync(request)).StatusCode);
    }

    private static async Task<LabResultView> RecordedAsync(HttpClient client, Guid patientId, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/patients/{patientId}/lab-results", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<LabResultView>())!;
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Alt_IsGradedAndStoredWithTheVersion_AlertsOnlyAbove3xAnd5xUln_Grade3NeedsADraft(DatabaseProvider provider)
    {
        var (world, patientId, clinician) = await PatientAsync(provider);

        // CTCAE v5.0 ">ULN - 3.0 x ULN" is grade 1 at exactly 3.0 ×; the riluzole label alerts "> 3 × ULN", so 120/40 raises none.
        var atThree = await RecordedAsync(clinician, patientId, Alt(120m));
        var aboveThree = await RecordedAsync(clinician, patientId, Alt(120.1m));
        var atFive = await RecordedAsync(clinician, patientId, Alt(200m));
        var aboveFive = await RecordedAsync(clinician, patientId, Alt(200.1m));

        Assert.Equal(("Alanine aminotransferase increased", 1, "5.0", 3.00m, 0), (atThree.Term, atThree.Grade, atThree.CtcaeVersion, atThree.TimesUpperLimit, atThree.Alerts.Count));
        Assert.Equal((2, "altAbove3xUln"), (aboveThree.Grade, Assert.Single(aboveThree.Alerts)));
        Assert.Equal((2, "altAbove3xUln", false), (atFive.Grade, Assert.Single(atFive.Alerts), atFive.NeedsAdverseEventDraft));
        Assert.Equal((3, "altAbove5xUln", true), (aboveFive.Grade, Assert.Single(aboveFive.Alerts), aboveFive.NeedsAdverseEventDraft));
        var listed = (await clinician.GetFromJsonAsync<PatientLabsView>($"/api/patients/{patientId}/lab-results"))!;
        Assert.Equal(4, listed.Results.Count);
        await using var db = world.Database.CreateContext();
        var stored = await db.LabResults.SingleAsync(r => r.Id == aboveFive.Id);
        Assert.Equal((LabTest.Alt, 200.1m, 3, "5.0"), (stored.Test, stored.Value, stored.Grade, stored.CtcaeVersion));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == LabResults.RecordAction && e.EntityId == aboveFive.Id.ToString()));
    }

    public static TheoryData<DatabaseProvider, string, string> Ungradable()
    {
        var rows = new (string Code, string Json)[]
        {
            (LabGradingErrors.UnknownTest, """{"test":"TSH","value":1,"unit":"U/L","upperLimitOfNormal":4}"""),
            (LabGradingErrors.UnitNotAllowed, """{"test":"ALT","value":50,"unit":"ukat/L","upperLimitOfNormal":40}"""),
            (LabGradingErrors.MissingLimit, """{"test":"ALT","value":50,"unit":"U/L"}"""),
            (LabGradingErrors.NonPositiveLimit, """{"test":"NEUTROPHILS","value":1,"unit":"10*9/L","lowerLimitOfNormal":0}"""),
            (LabGradingErrors.MissingValue, """{"test":"ALT","unit":"U/L","upperLimitOfNormal":40}"""),
            (LabGradingErrors.NegativeValue, """{"test":"ALT","value":-1,"unit":"U/L","upperLimitOfNormal":40}"""),
            (LabGradingErrors.NonPositiveBaseline, """{"test":"ALT","value":50,"unit":"U/L","upperLimitOfNormal":40,"baseline":0}"""),
            (LabGradingErrors.MissingDuration, """{"test":"TEMPERATURE","value":40.5,"unit":"Cel"}"""),
            (LabGradingErrors.NegativeDuration, """{"test":"TEMPERATURE","value":40.5,"unit":"Cel","durationHours":-1}"""),
            (LabGradingErrors.OutOfRange, """{"test":"ALT","value":2000000000000000,"unit":"U/L","upperLimitOfNormal":40}"""),
        };
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in Databases.All)
        {
            foreach (var (code, json) in rows)
            {
                data.Add(new TheoryDataRow<DatabaseProvider, string, string>(provider.Data, code, json) { Skip = provider.Skip });
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Ungradable))]
    public async Task AValueThatCannotBeGraded_Is422_WithTheGradeContractsCode_AndNothingIsSaved(DatabaseProvider provider, string code, string json)
    {
        var (world, patientId, clinician) = await PatientAsync(provider);
        var body = JsonSerializer.Deserialize<Dictionary<string, object>>(json)!;
        body["collectedAt"] = DateTimeOffset.UtcNow.AddHours(-1);

        var response = await clinician.PostAsJsonAsync($"/api/patients/{patientId}/lab-results", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(code, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
        await using var db = world.Database.CreateContext();
        Assert.False(await db.LabResults.AnyAsync(r => r.PatientId == patientId));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == LabResults.RecordAction && e.Outcome == AuditOutcome.Invalid && e.ClinicId == world.ClinicA.Id));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task NursesRecord_TcmAndAuditorsRead_APatientReadsOnlyTheirOwn_TheCellLabNever(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var own = world.PatientA1.Id;
        var other = world.PatientA2.Id;
        var nurse = await world.ClientAsync("nurse");
        var recorded = await RecordedAsync(nurse, own, new
        {
            test = "NEUTROPHILS", value = 1.2m, unit = "10*9/L", lowerLimitOfNormal = 2.0m, collectedAt = DateTimeOffset.UtcNow.AddHours(-2),
        });
        Assert.Equal(("Neutrophil count decreased", 2), (recorded.Term, recorded.Grade));

        var patient = await world.ClientAsync("patient");
        var mine = (await patient.GetFromJsonAsync<PatientLabsView>($"/api/patients/{own}/lab-results"))!;
        Assert.Contains(mine.Results, r => r.Id == recorded.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await patient.GetAsync($"/api/patients/{other}/lab-results")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await patient.PostAsJsonAsync($"/api/patients/{own}/lab-results", Alt(50m))).StatusCode);
        foreach (var reader in new[] { "tcmpractitioner", "auditor" })
        {
            var client = await world.ClientAsync(reader);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/patients/{own}/lab-results")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/patients/{own}/lab-results", Alt(50m))).StatusCode);
        }
        var cellLab = await world.ClientAsync("celllab");
        Assert.Equal(HttpStatusCode.Forbidden, (await cellLab.GetAsync($"/api/patients/{own}/lab-results")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await cellLab.PostAsJsonAsync($"/api/patients/{own}/lab-results", Alt(50m))).StatusCode);
        var otherClinic = await world.ClientAsync("clinicianB");
        Assert.Equal(HttpStatusCode.NotFound, (await otherClinic.GetAsync($"/api/patients/{own}/lab-results")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherClinic.PostAsJsonAsync($"/api/patients/{own}/lab-results", Alt(50m))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AScheduledCheck_IsSatisfiedByALaterResultOfItsTest_NotByAnotherTest(DatabaseProvider provider)
    {
        var (_, patientId, clinician) = await PatientAsync(provider);
        var today = Domain.Time.ClinicTime.Format(DateOnly.FromDateTime(DateTime.UtcNow));

        var scheduled = await clinician.PostAsJsonAsync($"/api/patients/{patientId}/lab-checks", new { tests = AltAndAst, dueOn = today, reason = "manual" });
        Assert.Equal(HttpStatusCode.Created, scheduled.StatusCode);
        var badReason = await clinician.PostAsJsonAsync($"/api/patients/{patientId}/lab-checks", new { tests = AltOnly, dueOn = today, reason = "whim" });
        Assert.Equal(HttpStatusCode.BadRequest, badReason.StatusCode);
        var alt = await RecordedAsync(clinician, patientId, Alt(35m, collectedAt: DateTimeOffset.UtcNow));

        var checks = (await clinician.GetFromJsonAsync<PatientLabsView>($"/api/patients/{patientId}/lab-results"))!.Checks;
        Assert.Equal(("ALT", "satisfied", alt.Id), checks.Where(c => c.Test == "ALT").Select(c => (c.Test, c.Status, c.SatisfiedByResultId!.Value)).Single());
        Assert.Equal(("AST", null), checks.Where(c => c.Test == "AST").Select(c => (c.Test, c.SatisfiedByResultId)).Single());
        Assert.Equal(Assert.Single(alt.SatisfiedCheckIds), checks.Single(c => c.Test == "ALT").Id);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Riluzole_SchedulesTheLabelsAltChecks_AFeverOnRiluzolePromptsANeutrophilCount_WhichANeutrophilResultSatisfies(DatabaseProvider provider)
    {
        var ward = await InfusionScene.CreateAsync(await worlds.ForAsync(provider));
        var today = ward.Clinic.LocalDate(DateTimeOffset.UtcNow);
        await StartRiluzoleAsync(ward, today);
        var afterRiluzole = (await ward.Nurse.GetFromJsonAsync<PatientLabsView>($"/api/patients/{ward.PatientId}/lab-results"))!;
        Assert.True(afterRiluzole.OnRiluzole);
        Assert.Equal(RiluzoleLabel.LiverMonitoringMonths.Select(m => today.AddMonths(m)),
            afterRiluzole.Checks.Where(c => c.Reason == "riluzoleLiverMonitoring" && c.Test == "ALT").Select(c => c.DueOn));

        // A temperature of 38.0 °C entered as a lab result (CTCAE Fever grade 1) prompts a neutrophil count due today.
        var fever = await RecordedAsync(ward.Nurse, ward.PatientId, new { test = "TEMPERATURE", value = 38.0m, unit = "Cel", collectedAt = DateTimeOffset.UtcNow });
        var prompted = Assert.Single(fever.ScheduledChecks);
        Assert.Equal(("NEUTROPHILS", today, "feverOnRiluzole", 1), (prompted.Test, prompted.DueOn, prompted.Reason, fever.Grade));
        Assert.True((await ward.Nurse.GetFromJsonAsync<PatientLabsView>($"/api/patients/{ward.PatientId}/lab-results"))!.NeutrophilCountPrompted);

        var count = await RecordedAsync(ward.Nurse, ward.PatientId, new
        {
            test = "NEUTROPHILS", value = 3.1m, unit = "10*9/L", lowerLimitOfNormal = 2.0m, collectedAt = DateTimeOffset.UtcNow,
        });
        Assert.Equal(prompted.Id, Assert.Single(count.SatisfiedCheckIds));
        Assert.False((await ward.Nurse.GetFromJsonAsync<PatientLabsView>($"/api/patients/{ward.PatientId}/lab-results"))!.NeutrophilCountPrompted);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AFeverInInfusionMonitoring_OfAPatientOnRiluzole_SchedulesANeutrophilCount_NotForOthers(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        foreach (var onRiluzole in new[] { true, false })
        {
            var ward = await InfusionScene.CreateAsync(world);
            if (onRiluzole)
            {
                await StartRiluzoleAsync(ward, new DateOnly(2024, 1, 15));
            }
            var lot = await ward.LotAsync();
            var ordered = await ward.OrderedAsync(lot.Id);
            Assert.Equal(HttpStatusCode.OK, (await ward.CheckAsync(ordered.Id, ward.Mrn, lot.Units[0].Code)).StatusCode);

            var signs = await ward.Nurse.PostAsJsonAsync($"/api/infusions/{ordered.Id}/vital-signs", new
            {
                takenAt = DateTimeOffset.UtcNow, temperatureCelsius = 38.6m, heartRate = 104, systolicMmHg = 118, diastolicMmHg = 76,
                respiratoryRate = 18, spo2Percent = 96,
            });

            Assert.Equal(HttpStatusCode.Created, signs.StatusCode);
            var labs = (await ward.Nurse.GetFromJsonAsync<PatientLabsView>($"/api/patients/{ward.PatientId}/lab-results"))!;
            Assert.Equal(onRiluzole, labs.NeutrophilCountPrompted);
            Assert.Equal(onRiluzole ? 1 : 0, labs.Checks.Count(c => c.Reason == "feverOnRiluzole" && c.Test == "NEUTROPHILS"));
        }
    }
}
