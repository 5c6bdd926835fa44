using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MndCare.Domain.Assessments;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.Criteria;
using MndCare.Domain.Infusions;
using MndCare.Domain.Patients;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Issue 10, "Each patient" (docs/outcomes/patient-outcome.md): the outcome page and GET /api/patients/{id}/outcomes read the same
// use case, for the clinical team of the patient's clinic only, every read and refusal audited; the course is the first started
// one or the one asked for; weights come from assessments and infusion weighings.
public sealed partial class PatientOutcomeTests(ApiWorld worlds)
{
    private static readonly DateOnly CourseStart = new(2026, 3, 2); // a Monday

    private static readonly string[] Items = ["speech", "salivation", "swallowing", "handwriting", "cuttingWithoutGastrostomy", "dressing", "turning",
        "walking", "climbing", "dyspnea", "orthopnea", "respiratoryInsufficiency"];

    [GeneratedRegex("""<option value="[0-9a-f-]{36}""")]
    private static partial Regex CourseOption();

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    // Four clinician-rated totals up to the course's first day (that day's with every ENCALS predictor), three after it (the first
    // self-rated, the last weighed).
    private static async Task<(Patient Patient, Guid CourseId)> PatientWithCourseAsync(World world, string? deathDate = null)
    {
        // Registered as of today (TestWorld registers as of 2026-01-01, before these visits and a death after them).
        var details = new PatientBuilder().WithMrn(PatientApiTests.UniqueMrn()).With(i => i with { DeathDate = deathDate }).Build();
        var patient = Patient.Register(Guid.CreateVersion7(), world.ClinicA.Id,
            PatientDetails.Create(details, world.ClinicA.LocalDate(DateTimeOffset.UtcNow)).Value, DateTimeOffset.UtcNow, Guid.CreateVersion7());
        await using (var registry = world.Database.CreateContext())
        {
            registry.Patients.Add(patient);
            await registry.SaveChangesAsync();
        }
        RegionFindings[] examined = [new(true, true, false, false), new(true, true, true, false), new(false, false, false, false), new(true, true, true, false)];
        var courseId = await StartedCourseAsync(world, patient, CourseStart);
        (DateOnly Date, int Total, AlsfrsRMode Mode, decimal? Kg)[] visits =
        [
            (new(2025, 6, 2), 44, AlsfrsRMode.Clinician, null), (new(2025, 9, 1), 42, AlsfrsRMode.Clinician, null),
            (new(2025, 12, 1), 41, AlsfrsRMode.Clinician, 64m), (CourseStart, 39, AlsfrsRMode.Clinician, null),
            (new(2026, 4, 1), 39, AlsfrsRMode.SelfAdministered, null), (new(2026, 6, 1), 38, AlsfrsRMode.Clinician, null),
            (new(2026, 9, 1), 36, AlsfrsRMode.Clinician, 60.5m),
        ];
        await using var db = world.Database.CreateContext();
        foreach (var (date, total, mode, kg) in visits)
        {
            db.Assessments.Add(Assessment.Record(Guid.CreateVersion7(), patient.Id, patient.ClinicId, new AssessmentInputs
            {
                AssessmentDate = date,
                AlsfrsR = AlsfrsR.Create(Scores(total)).Value,
                AlsfrsRMode = mode,
                FvcPercentPredicted = 60 + total,
                Weight = kg is { } w ? BodyWeight.Create(w).Value : null,
                Findings = date == CourseStart ? Findings.Create(examined, progressionDocumented: true, alternativeExcluded: true) : null,
                Ftd = YesNoNotKnown.No,
                C9orf72 = YesNoNotKnown.No,
            }, DateTimeOffset.UtcNow, null));
        }
        await db.SaveChangesAsync();
        return (patient, courseId);
    }

    // 48 less one point per item in turn until the total is reached.
    private static Dictionary<string, int?> Scores(int total)
    {
        var scores = Items.ToDictionary(i => i, _ => (int?)4);
        for (var i = 0; i < AlsfrsR.MaxTotal - total; i++)
        {
            scores[Items[i % Items.Length]]--;
        }
        return scores;
    }

    private static async Task<Guid> StartedCourseAsync(World world, Patient patient, DateOnly startsOn)
    {
        var plannedAt = new DateTimeOffset(startsOn.AddDays(-10).ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
        var template = ClinicCourseTemplate.Create(Guid.CreateVersion7(), patient.ClinicId, CourseTemplate.ThreeWeekDemo, plannedAt, Guid.CreateVersion7());
        var course = TreatmentCourse.Plan(new CourseIds(Guid.CreateVersion7(), patient.ClinicId, patient.Id, template.Id), template.Template, startsOn,
            world.ClinicA.TimeZoneId, CourseCalendarOptions.Default, Guid.CreateVersion7, Guid.CreateVersion7(), plannedAt, Guid.CreateVersion7()).Value;
        Assert.True(course.Start(new DateTimeOffset(startsOn.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero), Guid.CreateVersion7()).IsSuccess);
        await using var db = world.Database.CreateContext();
        db.AddRange(template, course);
        await db.SaveChangesAsync();
        return course.Id;
    }

    private static async Task<List<AuditRecord>> OutcomeReadsAsync(World world, Guid patientId)
    {
        await using var db = world.Database.CreateContext();
        var id = patientId.ToString("D");
        return await db.AuditEvents.AsNoTracking().Where(e => e.Action == "patient.outcome.read" && e.EntityId == id).OrderBy(e => e.Sequence).ToListAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Clinician_SeesSlopesRangesEncalsAndD50_OnThePageAndOverTheApi_AndEachReadIsAudited(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (patient, courseId) = await PatientWithCourseAsync(world, deathDate: "2026-10-15");
        var (pages, _) = await world.StaffPagesAsync(world.ClinicA, ClinicRole.Clinician);
        var api = await world.ClientAsync("clinician");

        var record = await pages.GetStringAsync($"/Patients/{patient.Id}");
        var html = WebUtility.HtmlDecode(await pages.GetStringAsync($"/Patients/{patient.Id}/Outcomes"));
        var json = await JsonAsync(await api.GetAsync($"/api/patients/{patient.Id}/outcomes"));

        Assert.Contains($"href=\"/Patients/{patient.Id}/Outcomes\"", record, StringComparison.Ordinal);
        foreach (var part in new[] { "id=\"honest-wording\"", "id=\"evidence-statement\"", "id=\"slope-beforeCourse\"", "id=\"slope-afterCourse\"",
            "id=\"slope-change\"", "id=\"expected-table\"", "id=\"chart-alsfrs\"", "id=\"chart-fvc\"", "id=\"chart-weight\"", "id=\"actual-status\"",
            "aria-label=\"ENCALS prediction against the actual course\"" })
        {
            Assert.Contains(part, html, StringComparison.Ordinal);
        }
        Assert.Contains("One patient's change in slope cannot show that a treatment works.", html, StringComparison.Ordinal);
        Assert.Contains("no phase 3 trial has met its primary endpoint", html, StringComparison.Ordinal);
        Assert.Contains("the patient's first started course", html, StringComparison.Ordinal);
        Assert.DoesNotContain(patient.NativeName, html[html.IndexOf("<svg", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Equal(courseId, json.GetProperty("course").GetProperty("id").GetGuid());
        Assert.False(json.GetProperty("courseChosen").GetBoolean());
        var trend = json.GetProperty("trend");
        Assert.Equal((4, 0), (trend.GetProperty("before").GetProperty("count").GetInt32(), trend.GetProperty("before").GetProperty("selfRatedCount").GetInt32()));
        Assert.Equal((3, 1), (trend.GetProperty("after").GetProperty("count").GetInt32(), trend.GetProperty("after").GetProperty("selfRatedCount").GetInt32()));
        var before = trend.GetProperty("before").GetProperty("slope");
        Assert.InRange(before.GetProperty("estimate").GetDouble(), -0.6, -0.4);
        Assert.True(before.GetProperty("lower").GetDouble() < before.GetProperty("upper").GetDouble());
        Assert.Equal(JsonValueKind.Object, trend.GetProperty("change").ValueKind);
        Assert.Equal(3, trend.GetProperty("afterVisits").GetArrayLength());
        Assert.Equal(39, trend.GetProperty("baseline").GetProperty("total").GetInt32());
        Assert.Equal(60.5m, json.GetProperty("points")[6].GetProperty("weightKg").GetDecimal());
        Assert.True(json.GetProperty("points")[4].GetProperty("selfRated").GetBoolean());
        Assert.Equal(["assessment", "assessment"], json.GetProperty("weights").EnumerateArray().Select(w => w.GetProperty("source").GetString()));
        Assert.Equal(JsonValueKind.Object, json.GetProperty("d50").ValueKind);
        var status = json.GetProperty("encals").GetProperty("status");
        Assert.Equal(("death", "2026-10-15"), (status.GetProperty("event").GetString(), status.GetProperty("asOf").GetString()));
        Assert.InRange(json.GetProperty("encals").GetProperty("predictedAtStatus").GetDouble(), 0, 1);
        Assert.Contains("Endpoint reached (Death) on 2026-10-15", html, StringComparison.Ordinal);
        var reads = await OutcomeReadsAsync(world, patient.Id);
        Assert.Equal(2, reads.Count);
        Assert.All(reads, r => Assert.Equal((AuditOutcome.Success, world.ClinicA.Id), (r.Outcome, r.ClinicId!.Value)));
        Assert.Contains(courseId.ToString("D"), reads[0].Details, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task OtherClinics_AdministratorsAndPatients_AreRefused_AndTheRefusalIsAudited(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (patient, _) = await PatientWithCourseAsync(world);
        var path = $"/api/patients/{patient.Id}/outcomes";

        var otherClinic = await (await world.ClientAsync("clinicianB")).GetAsync(path);
        var administrator = await (await world.ClientAsync("administrator")).GetAsync(path);
        var ownPatient = await (await world.ClientAsync("patient")).GetAsync($"/api/patients/{world.PatientA1.Id}/outcomes");
        var (otherPages, _) = await world.StaffPagesAsync(world.ClinicB, ClinicRole.Clinician);
        var page = await otherPages.GetAsync($"/Patients/{patient.Id}/Outcomes");

        Assert.Equal(HttpStatusCode.NotFound, otherClinic.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, administrator.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ownPatient.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var reads = await OutcomeReadsAsync(world, patient.Id);
        Assert.Equal(2, reads.Count(r => r.Outcome == AuditOutcome.NotFound));
        Assert.Equal(1, reads.Count(r => r.Outcome == AuditOutcome.Denied));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AnotherCourse_IsChosenByTheQuerystring_AndAnUnknownOneIsNotFound(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (patient, first) = await PatientWithCourseAsync(world);
        var second = await StartedCourseAsync(world, patient, new DateOnly(2026, 8, 3));
        var api = await world.ClientAsync("nurse");
        var (pages, _) = await world.StaffPagesAsync(world.ClinicA, ClinicRole.Nurse);

        var byDefault = await JsonAsync(await api.GetAsync($"/api/patients/{patient.Id}/outcomes"));
        var chosen = await JsonAsync(await api.GetAsync($"/api/patients/{patient.Id}/outcomes?courseId={second}"));
        var unknown = await api.GetAsync($"/api/patients/{patient.Id}/outcomes?courseId={Guid.CreateVersion7()}");
        var html = await pages.GetStringAsync($"/Patients/{patient.Id}/Outcomes?course={second}");

        Assert.Equal(first, byDefault.GetProperty("course").GetProperty("id").GetGuid());
        Assert.Equal(second, chosen.GetProperty("course").GetProperty("id").GetGuid());
        Assert.True(chosen.GetProperty("courseChosen").GetBoolean());
        Assert.Equal(6, chosen.GetProperty("trend").GetProperty("before").GetProperty("count").GetInt32());
        var status = chosen.GetProperty("encals").GetProperty("status");
        Assert.Equal((JsonValueKind.Null, "2026-09-01"), (status.GetProperty("event").ValueKind, status.GetProperty("asOf").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(2, CourseOption().Count(html));
        Assert.Contains($"<option value=\"{second}\" selected=\"selected\"", html, StringComparison.Ordinal);
        var reads = await OutcomeReadsAsync(world, patient.Id);
        Assert.Contains(reads, r => r.Outcome == AuditOutcome.NotFound);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task WithoutAStartedCourse_ThePageSaysSo_AndInfusionWeighingsAreCharted(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var scene = await InfusionScene.CreateAsync(world);
        await scene.OrderedAsync((await scene.LotAsync()).Id);
        await using (var db = world.Database.CreateContext())
        {
            var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == scene.PatientId);
            await world.Data.RecordAssessmentAsync(patient, new DateOnly(2026, 5, 4));
        }
        var (pages, _) = await world.StaffPagesAsync(world.ClinicA, ClinicRole.Clinician);

        var html = await pages.GetStringAsync($"/Patients/{scene.PatientId}/Outcomes");
        var json = await JsonAsync(await scene.Clinician.GetAsync($"/api/patients/{scene.PatientId}/outcomes"));

        Assert.Contains("id=\"no-course\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"slopes\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-weight\"", html, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("course").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("trend").ValueKind);
        var weight = Assert.Single(json.GetProperty("weights").EnumerateArray());
        Assert.Equal(("infusion", 70m), (weight.GetProperty("source").GetString(), weight.GetProperty("kilograms").GetDecimal()));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AssessmentWeight_IsSavedAndAudited_AndAWeightOutOfRangeIsRefused(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var patient = await world.Data.CreatePatientAsync(world.ClinicA);
        var (clinician, _) = await world.StaffPagesAsync(world.ClinicA, ClinicRole.Clinician);
        var path = $"/Patients/{patient.Id}/Assessments/New";
        Dictionary<string, string> Form(string kg) => new() { ["Form.AssessmentDate"] = "2026-05-04", ["Form.WeightKg"] = kg };

        var refused = await PageSession.SubmitAsync(clinician, path, Form("700"), path + "?handler=Save");
        var saved = await PageSession.SubmitAsync(clinician, path, Form("61.5"), path + "?handler=Save");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("is out of range.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var details = await clinician.GetStringAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("61.5 kg", details, StringComparison.Ordinal);
        await using var db = world.Database.CreateContext();
        var stored = await db.Assessments.AsNoTracking().SingleAsync(a => a.PatientId == patient.Id);
        Assert.Equal(61.5m, stored.WeightKg);
        var audit = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Action == "assessment.create" && e.EntityId == stored.Id.ToString("D"));
        Assert.Contains(audit.Changes, c => c is { Field: "weightKg", Old: null, New: "61.5" });
    }
}
