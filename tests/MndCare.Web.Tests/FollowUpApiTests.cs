using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.FollowUp;
using MndCare.Domain.Assessments;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.FollowUp;
using MndCare.Domain.Patients;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Follow-up over the API (issue 10; docs/outcomes/follow-up.md): each course's schedule, the clinic's due list, the home self-report stored
// as a self-administered assessment with who entered it, clinical events (a death closes open follow-up), "known alive" dates, the clinic's
// schedule settings, default deny and the audit trail. Each test has its own clinic, so the clinic's list holds only its own patients.
public sealed class FollowUpApiTests(ApiWorld worlds)
{
    private static readonly JsonSerializerOptions Web = JsonSerializerOptions.Web;

    private static readonly int[] DefaultMonths = [1, 3, 6, 12], TwoAndFour = [2, 4], FourAndTwo = [4, 2], OneMonth = [1];

    private static readonly string[] Open = ["due", "overdue"];

    private sealed record Scene(World World, Clinic Clinic, Patient Patient, TreatmentCourse Course, HttpClient Nurse, HttpClient PatientSelf,
        DateOnly Today);

    // A course that ended about a month ago: month 1 is open (due or overdue) today.
    private async Task<Scene> SceneAsync(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var clinic = await world.Data.CreateClinicAsync("Follow-up " + PatientApiTests.UniqueMrn());
        var patient = await world.Data.CreatePatientAsync(clinic, new PatientBuilder().WithMrn(PatientApiTests.UniqueMrn()));
        var user = await world.Data.CreatePatientUserAsync(clinic, patient);
        var today = clinic.LocalDate(DateTimeOffset.UtcNow);
        var course = await world.Data.CreateCourseAsync(clinic, patient, today.AddDays(-58));
        var (nurse, _) = await world.StaffApiAsync(clinic, ClinicRole.Nurse);
        return new Scene(world, clinic, patient, course, nurse, await ApiClient.SignedInAsync(world.Factory, user.Email!), today);
    }

    private static Dictionary<string, int?> Items(int score = 3) => AlsfrsR.ItemNames.All
        .Where(n => n != AlsfrsR.ItemNames.CuttingWithGastrostomy).ToDictionary(n => n, _ => (int?)score);

    private static object SelfReport(string enteredBy = "patient", string? relationship = null, Dictionary<string, int?>? items = null) =>
        new { enteredBy, relationship, alsfrsrWording = "en-cedarbaum-1999", items = items ?? Items() };

    private static async Task<string?> CodeOf(HttpResponseMessage response)
    {
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return root.TryGetProperty("code", out var code) ? code.GetString()
            : root.GetProperty("codes").EnumerateObject().First().Value[0].GetString();
    }

    private static async Task<PatientFollowUpView> FollowUpOf(HttpClient client, Guid patientId) =>
        (await client.GetFromJsonAsync<PatientFollowUpView>($"/api/patients/{patientId}/follow-up", Web))!;

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ACourse_IsFollowedAtBaselineEndAndMonths1To12_AndTheNurseSeesMonth1OpenInTheClinicList(DatabaseProvider provider)
    {
        var s = await SceneAsync(provider);

        var course = Assert.Single((await FollowUpOf(s.Nurse, s.Patient.Id)).Courses);
        Assert.Equal(["baseline", "endOfCourse", "month1", "month3", "month6", "month12"], course.Timepoints.Select(t => t.Timepoint));
        Assert.Equal([s.Course.StartsOn, s.Course.EndsOn, .. DefaultMonths.Select(m => s.Course.EndsOn.AddMonths(m))],
            course.Timepoints.Select(t => t.DueOn));
        Assert.Equal(["missed", "missed"], course.Timepoints.Take(2).Select(t => t.Status));
        Assert.Contains(course.Timepoints[2].Status, Open);

        var list = (await s.Nurse.GetFromJsonAsync<FollowUpListView>("/api/follow-up", Web))!;
        var item = Assert.Single(list.Items);
        Assert.Equal((s.Patient.Id, s.Patient.Mrn, "month1", s.Clinic.TimeZoneId), (item.PatientId, item.Mrn, item.Timepoint.Timepoint, list.TimeZoneId));
        var missed = (await s.Nurse.GetFromJsonAsync<FollowUpListView>("/api/follow-up?status=missed", Web))!;
        Assert.Equal(["baseline", "endOfCourse"], missed.Items.Select(i => i.Timepoint.Timepoint));
        Assert.Equal(HttpStatusCode.BadRequest, (await s.Nurse.GetAsync("/api/follow-up?status=late")).StatusCode);
        await using var db = s.World.Database.CreateContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == FollowUpSchedules.ListAction && e.ClinicId == s.Clinic.Id
            && e.Details!.Contains(s.Patient.Id.ToString())));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AHomeSelfReport_IsASelfAdministeredAssessment_WithWhoEnteredIt_AndMonth1IsDone(DatabaseProvider provider)
    {
        var s = await SceneAsync(provider);

        var response = await s.PatientSelf.PostAsJsonAsync($"/api/patients/{s.Patient.Id}/self-reports", SelfReport("caregiver", "child"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var sent = (await response.Content.ReadFromJsonAsync<SelfReportView>(Web))!;
        Assert.Equal((36, "caregiver", "child", "home", "selfAdministered", s.Today), (sent.Total, sent.EnteredBy, sent.Relationship, sent.Setting, sent.Mode, sent.RatedOn));
        await using (var db = s.World.Database.CreateContext())
        {
            var assessment = await db.Assessments.SingleAsync(a => a.Id == sent.AssessmentId);
            Assert.Equal((s.Patient.Id, AlsfrsRMode.SelfAdministered, s.Today, 36, "en-cedarbaum-1999"),
                (assessment.PatientId, assessment.AlsfrsRMode, assessment.AssessmentDate, assessment.AlsfrsR!.Total, assessment.AlsfrsRWording));
            var report = await db.SelfReports.SingleAsync(r => r.AssessmentId == sent.AssessmentId);
            Assert.Equal((SelfReportEntrant.Caregiver, PatientRelationship.Child, SelfReportSetting.Home),
                (report.EnteredBy, report.CaregiverRelationship, report.Setting));
            Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == SelfReports.RecordAction && e.EntityId == report.Id.ToString()));
            Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "assessment.create" && e.EntityId == sent.AssessmentId.ToString()));
        }
        var month1 = (await FollowUpOf(s.Nurse, s.Patient.Id)).Courses[0].Timepoints[2];
        Assert.Equal(("done", sent.AssessmentId, true), (month1.Status, month1.AssessmentId, month1.SelfAdministered));
        Assert.Empty((await s.Nurse.GetFromJsonAsync<FollowUpListView>("/api/follow-up", Web))!.Items);
        var again = await s.PatientSelf.PostAsJsonAsync($"/api/patients/{s.Patient.Id}/self-reports", SelfReport());
        Assert.Equal((HttpStatusCode.Conflict, FollowUpErrorCodes.AlreadyReportedToday), (again.StatusCode, await CodeOf(again)));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AFamilyAccount_EntersAsACaregiverWithItsRelationship_AndReadsTheFollowUp(DatabaseProvider provider)
    {
        var s = await SceneAsync(provider);
        var spouse = await s.World.Data.CreatePatientUserAsync(s.Clinic, s.Patient, PatientRelationship.Spouse);
        var family = await ApiClient.SignedInAsync(s.World.Factory, spouse.Email!);

        var response = await family.PostAsJsonAsync($"/api/patients/{s.Patient.Id}/self-reports", SelfReport("patient"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var sent = (await response.Content.ReadFromJsonAsync<SelfReportView>(Web))!;
        Assert.Equal(("caregiver", "spouse"), (sent.EnteredBy, sent.Relationship));
        Assert.Equal(sent.Id, Assert.Single((await FollowUpOf(family, s.Patient.Id)).SelfReports).Id);
    }

    public static TheoryData<DatabaseProvider, string, string> RefusedSelfReports()
    {
        var rows = new (string Case, string Code)[]
        {
            ("missingItem", "missingItem"), ("bothCuttingItems", "bothCuttingItems"), ("outOfRange", "itemOutOfRange"),
            ("caregiverWithoutRelationship", FollowUpErrorCodes.RelationshipMismatch), ("unknownWording", "invalidValue"), ("unknownEntrant", "invalidValue"),
        };
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in Databases.All)
        {
            foreach (var (name, code) in rows)
            {
                data.Add(new TheoryDataRow<DatabaseProvider, string, string>(provider.Data, name, code) { Skip = provider.Skip });
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RefusedSelfReports))]
    public async Task AnIncompleteOrInconsistentSelfReport_Is400WithItsCode_AndNothingIsSaved(DatabaseProvider provider, string name, string code)
    {
        var s = await SceneAsync(provider);
        var items = Items();
        object body = name switch
        {
            "missingItem" => SelfReport(items: Without(items, AlsfrsR.ItemNames.Speech)),
            "bothCuttingItems" => SelfReport(items: new Dictionary<string, int?>(items) { [AlsfrsR.ItemNames.CuttingWithGastrostomy] = 2 }),
            "outOfRange" => SelfReport(items: new Dictionary<string, int?>(items) { [AlsfrsR.ItemNames.Walking] = 5 }),
            "caregiverWithoutRelationship" => SelfReport("caregiver"),
            "unknownWording" => new { enteredBy = "patient", alsfrsrWording = "nonsense", items },
            _ => SelfReport("neighbour"),
        };

        var response = await s.PatientSelf.PostAsJsonAsync($"/api/patients/{s.Patient.Id}/self-reports", body);

        Assert.Equal((HttpStatusCode.BadRequest, code), (response.StatusCode, await CodeOf(response)));
        await using var db = s.World.Database.CreateContext();
        Assert.False(await db.Assessments.AnyAsync(a => a.PatientId == s.Patient.Id));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == SelfReports.RecordAction && e.Outcome == AuditOutcome.Invalid && e.ClinicId == s.Clinic.Id));
    }

    private static Dictionary<string, int?> Without(Dictionary<string, int?> items, string name)
    {
        var copy = new Dictionary<string, int?>(items);
        copy.Remove(name);
        return copy;
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task EventsAreRecordedOncePerKind_WithTheirDateRules_AndADeathSetsTheDeathDateAndClosesOpenFollowUp(DatabaseProvider provider)
    {
        var s = await SceneAsync(provider);
        var events = $"/api/patients/{s.Patient.Id}/clinical-events";

        var gastrostomy = await s.Nurse.PostAsJsonAsync(events, new { kind = "gastrostomy", occurredOn = s.Today.AddDays(-20), note = "PEG" });
        var twice = await s.Nurse.PostAsJsonAsync(events, new { kind = "gastrostomy", occurredOn = s.Today.AddDays(-10) });
        var future = await s.Nurse.PostAsJsonAsync(events, new { kind = "tracheostomy", occurredOn = s.Today.AddDays(1) });
        var unknown = await s.Nurse.PostAsJsonAsync(events, new { kind = "Death", occurredOn = s.Today });
        var alive = await s.Nurse.PostAsJsonAsync($"/api/patients/{s.Patient.Id}/vital-status", new { knownAliveOn = s.Today.AddDays(-5) });
        var deathBeforeAlive = await s.Nurse.PostAsJsonAsync(events, new { kind = "death", occurredOn = s.Today.AddDays(-6) });
        var death = await s.Nurse.PostAsJsonAsync(events, new { kind = "death", occurredOn = s.Today.AddDays(-1) });

        Assert.Equal(HttpStatusCode.Created, gastrostomy.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, FollowUpErrorCodes.EventAlreadyRecorded), (twice.StatusCode, await CodeOf(twice)));
        Assert.Equal((HttpStatusCode.BadRequest, FollowUpErrorCodes.InFuture), (future.StatusCode, await CodeOf(future)));
        Assert.Equal((HttpStatusCode.BadRequest, "invalidValue"), (unknown.StatusCode, await CodeOf(unknown)));
        Assert.Equal(HttpStatusCode.Created, alive.StatusCode);
        Assert.Equal((HttpStatusCode.BadRequest, FollowUpErrorCodes.KnownAliveLater), (deathBeforeAlive.StatusCode, await CodeOf(deathBeforeAlive)));
        Assert.Equal(HttpStatusCode.Created, death.StatusCode);
        var followUp = await FollowUpOf(s.Nurse, s.Patient.Id);
        Assert.Equal((s.Today.AddDays(-1), (DateOnly?)null), (followUp.DeathDate!.Value, followUp.LastKnownAliveOn));
        Assert.Equal(["gastrostomy", "death"], followUp.Events.Select(e => e.Kind));
        Assert.Equal(["closed", "closed", "closed", "closed"], followUp.Courses[0].Timepoints.Skip(2).Select(t => t.Status));
        Assert.Empty((await s.Nurse.GetFromJsonAsync<FollowUpListView>("/api/follow-up", Web))!.Items);
        var afterDeath = await s.Nurse.PostAsJsonAsync($"/api/patients/{s.Patient.Id}/vital-status", new { knownAliveOn = s.Today });
        Assert.Equal((HttpStatusCode.BadRequest, FollowUpErrorCodes.AfterDeath), (afterDeath.StatusCode, await CodeOf(afterDeath)));
        var selfReport = await s.PatientSelf.PostAsJsonAsync($"/api/patients/{s.Patient.Id}/self-reports", SelfReport());
        Assert.Equal((HttpStatusCode.Conflict, FollowUpErrorCodes.PatientDeceased), (selfReport.StatusCode, await CodeOf(selfReport)));
        await using var db = s.World.Database.CreateContext();
        Assert.Equal(s.Today.AddDays(-1), (await db.Patients.SingleAsync(p => p.Id == s.Patient.Id)).DeathDate);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "patient.update" && e.EntityId == s.Patient.Id.ToString()));
        Assert.Equal(2, await db.ClinicalEvents.CountAsync(e => e.PatientId == s.Patient.Id));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task DefaultDeny_StaffOfOtherRolesOrClinicsAndOtherPatients_ReachNothing(DatabaseProvider provider)
    {
        var s = await SceneAsync(provider);
        var own = s.Patient.Id;
        var other = s.World.PatientA1.Id;
        var body = new { kind = "gastrostomy", occurredOn = s.Today };

        // The patient reads their own follow-up only, and records no events; staff enter no self-report.
        Assert.Equal(HttpStatusCode.OK, (await s.PatientSelf.GetAsync($"/api/patients/{own}/follow-up")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.PatientSelf.GetAsync($"/api/patients/{other}/follow-up")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.PatientSelf.PostAsJsonAsync($"/api/patients/{other}/self-reports", SelfReport())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.PatientSelf.PostAsJsonAsync($"/api/patients/{own}/clinical-events", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.PatientSelf.GetAsync("/api/follow-up")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Nurse.PostAsJsonAsync($"/api/patients/{own}/self-reports", SelfReport())).StatusCode);
        // Staff of another clinic find nothing; roles without the permission are refused at the door.
        var clinicianA = await s.World.ClientAsync("clinician");
        Assert.Equal(HttpStatusCode.NotFound, (await clinicianA.GetAsync($"/api/patients/{own}/follow-up")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinicianA.PostAsJsonAsync($"/api/patients/{own}/clinical-events", body)).StatusCode);
        Assert.DoesNotContain((await clinicianA.GetFromJsonAsync<FollowUpListView>("/api/follow-up", Web))!.Items, i => i.PatientId == own);
        foreach (var role in new[] { "auditor", "celllab", "tcmpractitioner", "administrator" })
        {
            var client = await s.World.ClientAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/follow-up")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/patients/{own}/vital-status", new { knownAliveOn = s.Today })).StatusCode);
        }
        await using var db = s.World.Database.CreateContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == FollowUpSchedules.ReadAction && e.Outcome == AuditOutcome.NotFound
            && e.EntityId == other.ToString()));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task TheAdministratorSetsTheSchedule_WithIfMatch_AndEveryScheduleFollowsIt(DatabaseProvider provider)
    {
        var s = await SceneAsync(provider);
        var (administrator, _) = await s.World.StaffApiAsync(s.Clinic, ClinicRole.Administrator);

        var read = await administrator.GetAsync("/api/follow-up/settings");
        var defaults = (await read.Content.ReadFromJsonAsync<FollowUpSettingsView>(Web))!;
        Assert.Equal(DefaultMonths, defaults.MonthsAfterEnd);
        Assert.Equal(14, defaults.WindowDays);
        var withoutIfMatch = await administrator.PutAsJsonAsync("/api/follow-up/settings", new { monthsAfterEnd = TwoAndFour, windowDays = 7 });
        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutIfMatch.StatusCode);
        var invalid = await ApiClient.PutIfMatchAsync(administrator, "/api/follow-up/settings", "/api/follow-up/settings",
            new { monthsAfterEnd = FourAndTwo, windowDays = 7 });
        Assert.Equal((HttpStatusCode.BadRequest, FollowUpErrorCodes.MonthsNotIncreasing), (invalid.StatusCode, await CodeOf(invalid)));
        var saved = await ApiClient.PutIfMatchAsync(administrator, "/api/follow-up/settings", "/api/follow-up/settings",
            new { monthsAfterEnd = TwoAndFour, windowDays = 7 });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var stale = new HttpRequestMessage(HttpMethod.Put, "/api/follow-up/settings") { Content = JsonContent.Create(new { monthsAfterEnd = OneMonth, windowDays = 7 }) };
        stale.Headers.IfMatch.Add(read.Headers.ETag!);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await administrator.SendAsync(stale)).StatusCode);

        var timepoints = (await FollowUpOf(s.Nurse, s.Patient.Id)).Courses[0].Timepoints;
        Assert.Equal(["baseline", "endOfCourse", "month2", "month4"], timepoints.Select(t => t.Timepoint));
        Assert.Equal((s.Course.EndsOn.AddDays(-7), s.Course.EndsOn.AddDays(7)), (timepoints[1].WindowStart, timepoints[1].WindowEnd));
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Nurse.GetAsync("/api/follow-up/settings")).StatusCode);
        await using var db = s.World.Database.CreateContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == FollowUpPolicies.SaveAction && e.ClinicId == s.Clinic.Id && e.Outcome == AuditOutcome.Success));
    }
}
