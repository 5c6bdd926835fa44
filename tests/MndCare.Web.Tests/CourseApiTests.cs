using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Courses;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Issue 8, "Course planning (clinician)" and docs/therapy/courses.md: the course API on both databases.
public sealed class CourseApiTests(ApiWorld worlds)
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Templates_AdministratorAdds_ClinicianLists_OthersDoNot(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (four, three) = await DemoTemplatesAsync(world);

        var listed = await (await world.ClientAsync("clinician")).GetFromJsonAsync<List<CourseTemplateView>>("/api/course-templates");
        var mine = listed!.Where(t => t.Id == four || t.Id == three).ToList();
        Assert.Equal(2, mine.Count);
        Assert.Contains(mine, t => t.Template.Name == "4-week IV UC-MSC + TCM" && t.Template.NameInChinese == "4周静脉输注脐带间充质干细胞联合中医治疗");
        Assert.DoesNotContain((await (await world.ClientAsync("clinicianB")).GetFromJsonAsync<List<CourseTemplateView>>("/api/course-templates"))!,
            t => t.Id == four);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await world.ClientAsync("nurse")).GetAsync("/api/course-templates")).StatusCode);
        var bad = await (await world.ClientAsync("administrator")).PostAsJsonAsync("/api/course-templates",
            new { template = CourseTemplateInput.From(CourseTemplate.FourWeekDemo) with { LengthWeeks = 6 } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("lengthWeeks", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await world.ClientAsync("clinician")).PostAsJsonAsync("/api/course-templates",
            new { template = CourseTemplateInput.From(CourseTemplate.FourWeekDemo) })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Templates_ArchivedByAdministrator_CannotBePlanned(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var admin = await world.ClientAsync("administrator");
        var (four, _) = await DemoTemplatesAsync(world);
        var body = new { template = CourseTemplateInput.From(CourseTemplate.FourWeekDemo), archived = true };

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await admin.PutAsJsonAsync($"/api/course-templates/{four}", body)).StatusCode);
        var listed = (await admin.GetFromJsonAsync<List<CourseTemplateView>>("/api/course-templates"))!.Single(t => t.Id == four);
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/course-templates/{four}") { Content = JsonContent.Create(body) };
        put.Headers.IfMatch.ParseAdd($"\"{listed.Version}\"");
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(put)).StatusCode);

        var plan = await PlanAsync(world, await NewPatientAsync(world), four, Monday(world, 20));
        Assert.Equal((HttpStatusCode.Conflict, "templateArchived"), (plan.StatusCode, await CodeAsync(plan)));
    }

    // Demo clinic's templates (docs/therapy/courses.md): 4 weeks = 1 baseline + 4 infusions + 1 end + 12 TCM a week x 4 = 54;
    // 3 weeks = 1 + 3 + 1 + 11 x 3 = 38.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Plan_BothDemoTemplates_GiveTheirCalendarsInTheClinicsZone(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (four, three) = await DemoTemplatesAsync(world);
        var startsOn = Monday(world, 30);

        foreach (var (template, sessions, infusions) in new[] { (four, 54, 4), (three, 38, 3) })
        {
            var response = await PlanAsync(world, await NewPatientAsync(world), template, startsOn);
            var course = (await response.Content.ReadFromJsonAsync<CourseView>())!;

            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.Equal($"\"{course.Version}\"", response.Headers.ETag?.Tag);
            Assert.Equal(("planned", sessions, infusions), (course.Status, course.Sessions.Count, course.Sessions.Count(s => s.Kind == "mscInfusion")));
            var first = course.Sessions[0];
            Assert.Equal(("assessment", "baseline", 60), (first.Kind, first.Timepoint, first.DurationMinutes));
            Assert.Equal(new DateTimeOffset(startsOn.ToDateTime(new TimeOnly(8, 30)), Shanghai), first.StartsAt);
            Assert.Equal(Shanghai, first.StartsAt.Offset);
            Assert.Equal(["alsfrsR", "fvc", "weight", "safetyLabs"], first.Assessments);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Plan_BadInput_IsRefusedWithFieldCodes_AndNothingIsSaved(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (four, _) = await DemoTemplatesAsync(world);
        var patient = await NewPatientAsync(world);
        var clinician = await world.ClientAsync("clinician");

        var saturday = await clinician.PostAsJsonAsync($"/api/patients/{patient}/courses", new { templateId = four, startsOn = ClinicTime(Monday(world, 40).AddDays(5)) });
        var notADate = await clinician.PostAsJsonAsync($"/api/patients/{patient}/courses", new { templateId = four, startsOn = "07/12/2026" });
        var unknownTemplate = await clinician.PostAsJsonAsync($"/api/patients/{patient}/courses", new { templateId = Guid.CreateVersion7(), startsOn = ClinicTime(Monday(world, 40)) });

        Assert.Equal(HttpStatusCode.BadRequest, saturday.StatusCode);
        Assert.Contains("startNotOpen", await saturday.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("invalidDate", await notADate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownTemplate.StatusCode);
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MndCareDbContext>();
        Assert.False(await db.TreatmentCourses.AnyAsync(c => c.PatientId == patient, TestContext.Current.CancellationToken));
        Assert.Equal(3, await db.AuditEvents.CountAsync(e => e.Action == "course.plan" && e.Outcome != AuditOutcome.Success
            && e.Details!.Contains(patient.ToString("D")), TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Plan_FromAConsultation_KeepsIt_AndAnotherPatientsConsultationIsNotFound(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (four, _) = await DemoTemplatesAsync(world);
        var (patient, _, consultationId) = await ConsultationReportPageTests.SubmittedWithRecordAsync(world, "en");
        var clinician = await world.ClientAsync("clinician");
        var startsOn = ClinicTime(Monday(world, 1200 + Random.Shared.Next(100)));

        var stranger = await NewPatientAsync(world);
        var wrong = await clinician.PostAsJsonAsync($"/api/patients/{stranger}/courses", new { templateId = four, startsOn, consultationId });
        var planned = await clinician.PostAsJsonAsync($"/api/patients/{patient.Id}/courses", new { templateId = four, startsOn, consultationId });

        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        Assert.Equal(consultationId, (await planned.Content.ReadFromJsonAsync<CourseView>())!.ConsultationId);
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MndCareDbContext>();
        Assert.False(await db.TreatmentCourses.AnyAsync(c => c.PatientId == stranger, TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task States_StartCompleteStop_FollowTheRules(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (four, three) = await DemoTemplatesAsync(world);

        // A course wholly in the past can start and complete, and then nothing more.
        var past = await PlannedAsync(world, await NewPatientAsync(world), three, Monday(world, -6));
        var started = await ChangeAsync(world, past, "start");
        Assert.Equal((HttpStatusCode.OK, "inProgress"), (started.StatusCode, (await started.Content.ReadFromJsonAsync<CourseView>())!.Status));
        var completed = await ChangeAsync(world, past, "complete");
        Assert.Equal((HttpStatusCode.OK, "completed"), (completed.StatusCode, (await completed.Content.ReadFromJsonAsync<CourseView>())!.Status));
        var stopAfter = await ChangeAsync(world, past, "stop", new { reason = "Patient moved away" });
        Assert.Equal((HttpStatusCode.Conflict, "invalidTransition"), (stopAfter.StatusCode, await CodeAsync(stopAfter)));

        // A course running now cannot complete while sessions are ahead.
        var running = await PlannedAsync(world, await NewPatientAsync(world), four, Monday(world, -1));
        Assert.Equal(HttpStatusCode.OK, (await ChangeAsync(world, running, "start")).StatusCode);
        var early = await ChangeAsync(world, running, "complete");
        Assert.Equal((HttpStatusCode.Conflict, "sessionsStillAhead"), (early.StatusCode, await CodeAsync(early)));

        // A future course cannot start; it stops early only with a reason.
        var future = await PlannedAsync(world, await NewPatientAsync(world), four, Monday(world, 10));
        var tooSoon = await ChangeAsync(world, future, "start");
        Assert.Equal((HttpStatusCode.Conflict, "courseNotYetStarted"), (tooSoon.StatusCode, await CodeAsync(tooSoon)));
        Assert.Equal(HttpStatusCode.BadRequest, (await ChangeAsync(world, future, "stop", new { reason = "" })).StatusCode);
        var stopped = await ChangeAsync(world, future, "stop", new { reason = "Patient withdrew consent" });
        var view = (await stopped.Content.ReadFromJsonAsync<CourseView>())!;
        Assert.Equal(("stoppedEarly", "Patient withdrew consent"), (view.Status, view.StopReason));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Changes_NeedTheVersionRead(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (four, _) = await DemoTemplatesAsync(world);
        var course = await PlannedAsync(world, await NewPatientAsync(world), four, Monday(world, 12));
        var clinician = await world.ClientAsync("clinician");

        var missing = await clinician.PostAsJsonAsync($"/api/courses/{course.Id}/stop", new { reason = "No If-Match sent" });
        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/courses/{course.Id}/stop") { Content = JsonContent.Create(new { reason = "Stale version" }) };
        stale.Headers.IfMatch.ParseAdd($"\"{Guid.CreateVersion7():N}\"");

        Assert.Equal((HttpStatusCode.PreconditionRequired, "preconditionRequired"), (missing.StatusCode, await CodeAsync(missing)));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await clinician.SendAsync(stale)).StatusCode);
        Assert.Equal("planned", (await clinician.GetFromJsonAsync<CourseView>($"/api/courses/{course.Id}"))!.Status);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Reschedule_WithReason_IsKeptInTheHistory(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (four, _) = await DemoTemplatesAsync(world);
        var startsOn = Monday(world, 14);
        var course = await PlannedAsync(world, await NewPatientAsync(world), four, startsOn);
        var acupuncture = course.Sessions.First(s => s.Kind == "acupuncture");
        var path = $"sessions/{acupuncture.Id}/reschedule";

        var noReason = await ChangeAsync(world, course, path, new { startsAt = "2030-01-01T17:00:00+08:00" });
        var noOffset = await ChangeAsync(world, course, path, new { startsAt = "2030-01-01T17:00:00", reason = "Practitioner on leave" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("invalidDateTime", await noOffset.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var later = new DateTimeOffset(startsOn.ToDateTime(new TimeOnly(17, 0)), Shanghai);
        var moved = await ChangeAsync(world, course, path, new { startsAt = later.ToString("O"), reason = "Practitioner on leave" });
        var view = (await moved.Content.ReadFromJsonAsync<CourseView>())!;
        var session = view.Sessions.Single(s => s.Id == acupuncture.Id);

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(later, session.StartsAt);
        var history = Assert.Single(session.History);
        Assert.Equal((acupuncture.StartsAt, later, "Practitioner on leave"), (history.FromStartsAt, history.ToStartsAt, history.Reason));
        Assert.Equal(later, (await (await world.ClientAsync("clinician")).GetFromJsonAsync<CourseView>($"/api/courses/{course.Id}"))!
            .Sessions.Single(s => s.Id == acupuncture.Id).History[0].ToStartsAt);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task PatientDoubleBookings_AreRefused_AcrossCoursesAndWithin(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (four, three) = await DemoTemplatesAsync(world);
        var patient = await NewPatientAsync(world);
        var course = await PlannedAsync(world, patient, four, Monday(world, 16));

        var overlapping = await PlanAsync(world, patient, three, Monday(world, 17));
        Assert.Equal((HttpStatusCode.Conflict, "patientDoubleBooked"), (overlapping.StatusCode, await CodeAsync(overlapping)));

        var infusion = course.Sessions.First(s => s.Kind == "mscInfusion");
        var baseline = course.Sessions.First(s => s.Kind == "assessment");
        var onto = await ChangeAsync(world, course, $"sessions/{baseline.Id}/reschedule", new { startsAt = infusion.StartsAt.ToString("O"), reason = "Lab opens late" });
        Assert.Equal((HttpStatusCode.Conflict, "patientDoubleBooked"), (onto.StatusCode, await CodeAsync(onto)));

        // After the first course, a second one may follow.
        Assert.Equal(HttpStatusCode.Created, (await PlanAsync(world, patient, three, Monday(world, 20))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task RoomAndStaffOverlaps_AcrossCourses_AreWarnings(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (four, _) = await DemoTemplatesAsync(world);
        var startsOn = Monday(world, 24);
        var first = await PlannedAsync(world, await NewPatientAsync(world), four, startsOn);
        var second = await PlannedAsync(world, await NewPatientAsync(world), four, startsOn);
        var room = "Infusion bay " + Guid.CreateVersion7().ToString("N")[^6..];
        var nurse = (await world.Data.CreateStaffAsync(world.ClinicA, ClinicRole.Nurse)).Id;
        var firstInfusion = first.Sessions.First(s => s.Kind == "mscInfusion");
        var secondInfusion = second.Sessions.First(s => s.Kind == "mscInfusion");

        Assert.Equal(HttpStatusCode.OK, (await ChangeAsync(world, first, $"sessions/{firstInfusion.Id}/assignment", new { room, staffUserId = nurse }, HttpMethod.Put)).StatusCode);
        var assigned = await ChangeAsync(world, second, $"sessions/{secondInfusion.Id}/assignment", new { room = room.ToUpperInvariant(), staffUserId = nurse }, HttpMethod.Put);
        var view = (await assigned.Content.ReadFromJsonAsync<CourseView>())!;

        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        Assert.Equal(["roomDoubleBooked", "staffDoubleBooked"], view.Conflicts.Select(c => c.Code).Order(StringComparer.Ordinal));
        Assert.All(view.Conflicts, c => Assert.Equal((secondInfusion.Id, firstInfusion.Id, first.Id, false), (c.SessionId, c.OtherSessionId, c.OtherCourseId, c.Refused)));
        Assert.Equal(2, (await (await world.ClientAsync("clinician")).GetFromJsonAsync<CourseView>($"/api/courses/{first.Id}"))!.Conflicts.Count);
        var stranger = await ChangeAsync(world, second, $"sessions/{secondInfusion.Id}/assignment", new { room, staffUserId = Guid.CreateVersion7() }, HttpMethod.Put);
        Assert.Contains("unknownStaff", await stranger.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Medications_AreRecordedAndStopped(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (_, three) = await DemoTemplatesAsync(world);
        var course = await PlannedAsync(world, await NewPatientAsync(world), three, Monday(world, 26));

        var unknown = await ChangeAsync(world, course, "medications", new { medication = "aspirin", doseText = "100 mg", startsOn = "2024-01-01" });
        Assert.Contains("unknownMedication", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var backwards = await ChangeAsync(world, course, "medications", new { medication = "edaravone", doseText = "60 mg IV", startsOn = "2024-02-01", stopsOn = "2024-01-01" });
        Assert.Contains("stopBeforeStart", await backwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var riluzole = (await (await ChangeAsync(world, course, "medications", new { medication = "riluzole", doseText = "50 mg twice daily", startsOn = "2024-01-15" }))
            .Content.ReadFromJsonAsync<CourseView>())!.Medications.Single();
        var other = (await (await ChangeAsync(world, course, "medications", new { medication = "other", name = "Baclofen", doseText = "10 mg three times daily", startsOn = "2025-03-01" }))
            .Content.ReadFromJsonAsync<CourseView>())!.Medications;
        Assert.Equal(("riluzole", "2024-01-15", (string?)null), (riluzole.Medication, riluzole.StartsOn, riluzole.StopsOn));
        Assert.Contains(other, m => m.Medication == "other" && m.Name == "Baclofen");

        var stopped = await ChangeAsync(world, course, $"medications/{riluzole.Id}/stop", new { stopsOn = "2026-01-31" });
        Assert.Equal("2026-01-31", (await stopped.Content.ReadFromJsonAsync<CourseView>())!.Medications.Single(m => m.Id == riluzole.Id).StopsOn);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Reading_PatientSeesOwn_StaffOfTheClinic_NobodyElse(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (four, three) = await DemoTemplatesAsync(world);
        // The only courses of A1 and A2 (the world's patients with users).
        var own = await PlannedAsync(world, world.PatientA1.Id, four, Monday(world, 50));
        var neighbours = await PlannedAsync(world, world.PatientA2.Id, three, Monday(world, 50));
        var path = $"/api/courses/{own.Id}";

        var patient = await world.ClientAsync("patient");
        var seen = await patient.GetFromJsonAsync<CourseView>(path);
        Assert.Equal((own.Id, 54), (seen!.Id, seen.Sessions.Count));
        Assert.Equal(HttpStatusCode.NotFound, (await patient.GetAsync($"/api/courses/{neighbours.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await world.ClientAsync("family")).GetAsync($"/api/courses/{neighbours.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await world.ClientAsync("family")).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await patient.PostAsJsonAsync($"/api/courses/{own.Id}/stop", new { reason = "I changed my mind" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await (await world.ClientAsync("tcmpractitioner")).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await world.ClientAsync("nurse")).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await world.ClientAsync("celllab")).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await world.ClientAsync("clinicianB")).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await world.ClientAsync("clinician")).GetAsync($"/api/courses/{Guid.CreateVersion7()}")).StatusCode);

        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MndCareDbContext>();
        var read = await db.AuditEvents.AsNoTracking().Where(e => e.Action == "course.read" && e.EntityId == own.Id.ToString("D")
            && e.Outcome == AuditOutcome.Success).FirstAsync(TestContext.Current.CancellationToken);
        Assert.Contains(own.Sessions[0].Id.ToString("D"), read.Details, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Planning_NurseIsForbidden_OtherClinicIsNotFound(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (four, _) = await DemoTemplatesAsync(world);
        var patient = await NewPatientAsync(world);
        var body = new { templateId = four, startsOn = ClinicTime(Monday(world, 60)) };

        var nurse = await (await world.ClientAsync("nurse")).PostAsJsonAsync($"/api/patients/{patient}/courses", body);
        var otherClinic = await (await world.ClientAsync("clinicianB")).PostAsJsonAsync($"/api/patients/{patient}/courses", body);
        var otherPatient = await (await world.ClientAsync("clinician")).PostAsJsonAsync($"/api/patients/{world.PatientB1.Id}/courses", body);

        Assert.Equal(HttpStatusCode.Forbidden, nurse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherClinic.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherPatient.StatusCode);

        var course = await PlannedAsync(world, patient, four, Monday(world, 60));
        var stopB = new HttpRequestMessage(HttpMethod.Post, $"/api/courses/{course.Id}/stop") { Content = JsonContent.Create(new { reason = "Not my clinic" }) };
        stopB.Headers.IfMatch.ParseAdd($"\"{course.Version}\"");
        Assert.Equal(HttpStatusCode.NotFound, (await (await world.ClientAsync("clinicianB")).SendAsync(stopB)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task DemoSeed_GivesTheDemoClinicBothTemplates(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true", ["Demo:Patients"] = "1", ["Demo:Password"] = "demo-password-for-tests",
        });
        var clinician = await ApiClient.SignedInAsync(factory, Application.Demo.DemoSeeder.EmailFor(ClinicRole.Clinician), "demo-password-for-tests");

        var templates = (await clinician.GetFromJsonAsync<List<CourseTemplateView>>("/api/course-templates"))!;

        Assert.Equal([("4-week IV UC-MSC + TCM", "4周静脉输注脐带间充质干细胞联合中医治疗"), ("3-week IV UC-MSC + TCM", "3周静脉输注脐带间充质干细胞联合中医治疗")],
            templates.Select(t => (t.Template.Name!, t.Template.NameInChinese!)));
    }

    internal static async Task<(Guid FourWeek, Guid ThreeWeek)> DemoTemplatesAsync(World world)
    {
        var admin = await world.ClientAsync("administrator");
        async Task<Guid> AddAsync(CourseTemplate template)
        {
            var response = await admin.PostAsJsonAsync("/api/course-templates", new { template = CourseTemplateInput.From(template) });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<CourseTemplateView>())!.Id;
        }
        return (await AddAsync(CourseTemplate.FourWeekDemo), await AddAsync(CourseTemplate.ThreeWeekDemo));
    }

    internal static async Task<Guid> NewPatientAsync(World world) =>
        (await world.Data.CreatePatientAsync(world.ClinicA, new PatientBuilder().WithMrn(PatientApiTests.UniqueMrn()))).Id;

    // The Monday of the clinic's current week, moved by whole weeks.
    internal static DateOnly Monday(World world, int weeks)
    {
        var today = world.ClinicA.LocalDate(TimeProvider.System.GetUtcNow());
        return today.AddDays(-(((int)today.DayOfWeek + 6) % 7) + weeks * 7);
    }

    private static string ClinicTime(DateOnly date) => Domain.Time.ClinicTime.Format(date);

    private static async Task<HttpResponseMessage> PlanAsync(World world, Guid patientId, Guid templateId, DateOnly startsOn) =>
        await (await world.ClientAsync("clinician")).PostAsJsonAsync($"/api/patients/{patientId}/courses", new { templateId, startsOn = ClinicTime(startsOn) });

    private static async Task<CourseView> PlannedAsync(World world, Guid patientId, Guid templateId, DateOnly startsOn)
    {
        var response = await PlanAsync(world, patientId, templateId, startsOn);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CourseView>())!;
    }

    // A change sent as a careful client does: with the version it last read.
    private static async Task<HttpResponseMessage> ChangeAsync(World world, CourseView course, string path, object? body = null, HttpMethod? method = null)
    {
        var clinician = await world.ClientAsync("clinician");
        var current = await clinician.GetAsync($"/api/courses/{course.Id}");
        var request = new HttpRequestMessage(method ?? HttpMethod.Post, $"/api/courses/{course.Id}/{path}") { Content = JsonContent.Create(body ?? new { }) };
        request.Headers.IfMatch.Add(current.Headers.ETag!);
        return await clinician.SendAsync(request);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).TryGetProperty("code", out var code) ? code.GetString() : null;
}
