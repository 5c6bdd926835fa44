using System.Net;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Consultations.Reports;
using MndCare.Domain.Clinics;
using MndCare.Domain.Time;
using MndCare.Persistence;
using MndCare.Testing;
using MndCare.Testing.Pdf;

namespace MndCare.Web.Tests;

// Issue 8, "Course planning (clinician)": the course pages use the course use cases, on both databases.
public sealed class CoursePageTests(ApiWorld worlds)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task PlannedFromThePatientsPage_TheCourseShowsItsCalendar_AndDoubleBookingsOnTheSessionsConcerned(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (four, _) = await CourseApiTests.DemoTemplatesAsync(world);
        var clinician = await ConsultationReportPageTests.StaffAsync(world, ClinicRole.Clinician);
        var startsOn = ClinicTime.Format(CourseApiTests.Monday(world, 70 + Random.Shared.Next(200)));

        var first = await PlanAsync(clinician, await CourseApiTests.NewPatientAsync(world), four, startsOn);
        var second = await PlanAsync(clinician, await CourseApiTests.NewPatientAsync(world), four, startsOn);
        var record = await clinician.GetStringAsync($"/Courses/{first}");
        Assert.Equal(54, SessionIds(record).Count);
        Assert.Contains("id=\"course-status\"", record, StringComparison.Ordinal);

        // The two baselines start together: one room for both is a warning shown on both courses and in the week view.
        foreach (var course in new[] { first, second })
        {
            var page = await clinician.GetStringAsync($"/Courses/{course}");
            var baseline = SessionIds(page)[0];
            var assigned = await PageSession.SubmitAsync(clinician, $"/Courses/{course}", new Dictionary<string, string>
            {
                ["Version"] = PageSession.Version(page), ["sessionId"] = baseline, ["room"] = "Room 7",
            }, $"/Courses/{course}?handler=Assign");
            Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        }
        var marked = await clinician.GetStringAsync($"/Courses/{first}");
        Assert.Contains("Room double-booked", marked, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Courses/{second}\"", marked, StringComparison.Ordinal);
        var week = await clinician.GetStringAsync($"/Courses?week={startsOn}");
        Assert.Equal(2, CountOf(week, "class=\"double-booked\""));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ReschedulingAndStoppingEarly_NeedAReason_AndARefusalChangesNothing(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (_, three) = await CourseApiTests.DemoTemplatesAsync(world);
        var clinician = await ConsultationReportPageTests.StaffAsync(world, ClinicRole.Clinician);
        var course = await PlanAsync(clinician, await CourseApiTests.NewPatientAsync(world), three,
            ClinicTime.Format(CourseApiTests.Monday(world, 300 + Random.Shared.Next(200))));
        var path = $"/Courses/{course}";
        var page = await clinician.GetStringAsync(path);

        var moved = await PageSession.SubmitAsync(clinician, path, new Dictionary<string, string>
        {
            ["Version"] = PageSession.Version(page), ["sessionId"] = SessionIds(page)[1], ["date"] = "2030-01-07", ["time"] = "11:00",
            ["durationMinutes"] = "120", ["reason"] = "",
        }, path + "?handler=Reschedule");
        var stopped = await PageSession.SubmitAsync(clinician, path, new Dictionary<string, string> { ["Version"] = PageSession.Version(page), ["reason"] = "" },
            path + "?handler=Stop");

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Contains("Reason: required.", await moved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        Assert.Contains("id=\"page-errors\"", await stopped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(">Planned<", await clinician.GetStringAsync(path), StringComparison.Ordinal);

        var movedWithReason = await PageSession.SubmitAsync(clinician, path, new Dictionary<string, string>
        {
            ["Version"] = PageSession.Version(page), ["sessionId"] = SessionIds(page)[1], ["date"] = "2030-01-07", ["time"] = "11:00",
            ["durationMinutes"] = "120", ["reason"] = "The patient's flight lands later.",
        }, path + "?handler=Reschedule");
        Assert.Equal(HttpStatusCode.Redirect, movedWithReason.StatusCode);
        var afterMove = await clinician.GetStringAsync(path);
        Assert.Contains("The patient&#x27;s flight lands later.", afterMove, StringComparison.Ordinal);
        Assert.Contains("2030-01-07 Monday", afterMove, StringComparison.Ordinal);
        Assert.Contains("11:00–13:00", afterMove, StringComparison.Ordinal);

        var withReason = await PageSession.SubmitAsync(clinician, path, new Dictionary<string, string>
        {
            ["Version"] = PageSession.Version(await clinician.GetStringAsync(path)), ["reason"] = "The patient chose to travel home.",
        }, path + "?handler=Stop");
        Assert.Equal(HttpStatusCode.Redirect, withReason.StatusCode);
        Assert.Contains("The patient chose to travel home.", await clinician.GetStringAsync(path), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AnsweredConsultationOfferingTheProgramme_LeadsToPlanning_AndTheCourseKeepsTheConsultation(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (four, _) = await CourseApiTests.DemoTemplatesAsync(world);
        var (patient, _, consultationId) = await ConsultationReportPageTests.SubmittedWithRecordAsync(world, "zh-Hans");
        var clinician = await ConsultationReportPageTests.StaffAsync(world, ClinicRole.Clinician);
        var workspace = $"/Consultations/{consultationId}";
        Assert.DoesNotContain("id=\"plan-course\"", await clinician.GetStringAsync(workspace), StringComparison.Ordinal);
        await PageSession.SubmitAsync(clinician, workspace, new Dictionary<string, string>(), workspace + "?handler=Assign");
        Assert.Equal(HttpStatusCode.Redirect, (await PageSession.SubmitAsync(clinician, workspace,
            ConsultationReportPageTests.Offer(TestWorld.Password), workspace + "?handler=Sign")).StatusCode);

        var planning = $"/Patients/{patient.Id}/Courses/New?consultationId={consultationId}";
        Assert.Contains($"href=\"{planning}\"", await clinician.GetStringAsync(workspace), StringComparison.Ordinal);
        var planned = await PageSession.SubmitAsync(clinician, planning, new Dictionary<string, string>
        {
            ["TemplateId"] = four.ToString(), ["StartsOn"] = ClinicTime.Format(CourseApiTests.Monday(world, 500 + Random.Shared.Next(200))),
        }, planning);

        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        var course = planned.Headers.Location!.OriginalString;
        Assert.Contains($"href=\"/Consultations/{consultationId}\"", await clinician.GetStringAsync(course), StringComparison.Ordinal);
        await using var db = world.Database.CreateContext();
        var courseId = Guid.Parse(course.Split('/')[^1]);
        var stored = await db.TreatmentCourses.AsNoTracking().SingleAsync(c => c.Id == courseId, TestContext.Current.CancellationToken);
        Assert.Equal(consultationId, stored.ConsultationId);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ThePatient_SeesTheirOwnScheduleAndPdfInTheirLanguage_AndNobodyElses(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (four, _) = await CourseApiTests.DemoTemplatesAsync(world);
        var clinician = await ConsultationReportPageTests.StaffAsync(world, ClinicRole.Clinician);
        var person = await world.Data.CreatePatientAsync(world.ClinicA, new PatientBuilder().WithMrn(PatientApiTests.UniqueMrn())
            .With(i => i with { PreferredLanguage = "zh-Hans" }));
        var user = await world.Data.CreatePatientUserAsync(world.ClinicA, person);
        var mine = await PlanAsync(clinician, person.Id, four, ClinicTime.Format(CourseApiTests.Monday(world, 800 + Random.Shared.Next(200))));
        var theirs = await PlanAsync(clinician, await CourseApiTests.NewPatientAsync(world), four,
            ClinicTime.Format(CourseApiTests.Monday(world, 800 + Random.Shared.Next(200))));
        var patient = await PageSession.SignInAsync(world.Factory, user.Email!, TestWorld.Password);

        var schedule = await patient.GetStringAsync("/Portal/Schedule");
        Assert.Contains($"id=\"course-{mine}\"", schedule, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.ToString(), schedule, StringComparison.Ordinal);
        Assert.Equal(54, CountOf(schedule, "class=\"schedule-session\""));
        Assert.Contains("/Portal/Schedule", await patient.GetStringAsync("/Portal"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await patient.GetAsync($"/Courses/{theirs}/SchedulePdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await patient.GetAsync($"/Courses/{theirs}")).StatusCode);

        // No language asked: the patient's preferred language (Chinese); staff may print it in English.
        var chinese = await patient.GetByteArrayAsync($"/Courses/{mine}/SchedulePdf");
        var english = await clinician.GetByteArrayAsync($"/Courses/{mine}/SchedulePdf?lang=en");
        var chineseText = PdfText.WithoutWhitespace(chinese);
        Assert.Contains(PdfText.WithoutWhitespace(ConsultationReportText.SimplifiedChinese.EvidenceStatement), chineseText, StringComparison.Ordinal);
        Assert.Contains("第4次间充质干细胞输注", chineseText, StringComparison.Ordinal);
        Assert.Contains(PdfText.Normalize(ConsultationReportText.English.EvidenceStatement), PdfText.Normalized(english), StringComparison.Ordinal);
        Assert.Contains("MSC infusion 4", PdfText.Normalized(english), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await clinician.GetAsync($"/Courses/{mine}/SchedulePdf?lang=fr")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task TemplatesPage_AddsEditsWithTheVersionRead_AndAnArchivedTemplateIsNotOffered(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var admin = await ConsultationReportPageTests.StaffAsync(world, ClinicRole.Administrator);
        var name = "Pilot " + Guid.CreateVersion7().ToString("N")[^8..];
        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = name, ["Form.LengthWeeks"] = "3", ["Form.InfusionCount"] = "3", ["Form.InfusionSpacingDays"] = "7",
            ["Form.TcmSessionsPerWeek[acupuncture]"] = "5", ["Form.BaselineAssessments"] = "weight", ["Form.EndAssessments"] = "weight",
        };
        var bad = await PageSession.SubmitAsync(admin, "/Admin/CourseTemplates/Edit", new Dictionary<string, string>(fields) { ["Form.LengthWeeks"] = "6" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Length (weeks): is out of range.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PageSession.SubmitAsync(admin, "/Admin/CourseTemplates/Edit", fields)).StatusCode);
        var list = await admin.GetStringAsync("/Admin/CourseTemplates");
        var edit = System.Text.RegularExpressions.Regex.Match(list, $"href=\"(/Admin/CourseTemplates/Edit/[0-9a-f-]+)\"><bdi>{name}<").Groups[1].Value;
        var version = PageSession.Version(await admin.GetStringAsync(edit));

        var stale = await PageSession.SubmitAsync(admin, edit, new Dictionary<string, string>(fields) { ["Version"] = Guid.NewGuid().ToString("N") });
        var archived = await PageSession.SubmitAsync(admin, edit, new Dictionary<string, string>(fields) { ["Version"] = version, ["Archived"] = "true" });

        Assert.Contains("Someone else changed this meanwhile", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        var clinician = await ConsultationReportPageTests.StaffAsync(world, ClinicRole.Clinician);
        Assert.DoesNotContain(name, await clinician.GetStringAsync($"/Patients/{await CourseApiTests.NewPatientAsync(world)}/Courses/New"),
            StringComparison.Ordinal);
        Assert.Contains("/Account/AccessDenied", (await clinician.GetAsync("/Admin/CourseTemplates")).Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<Guid> PlanAsync(HttpClient clinician, Guid patientId, Guid templateId, string startsOn)
    {
        var form = $"/Patients/{patientId}/Courses/New";
        var planned = await PageSession.SubmitAsync(clinician, form, new Dictionary<string, string>
        {
            ["TemplateId"] = templateId.ToString(), ["StartsOn"] = startsOn,
        });
        Assert.True(planned.StatusCode == HttpStatusCode.Redirect, await planned.Content.ReadAsStringAsync());
        return Guid.Parse(planned.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private static List<string> SessionIds(string page) =>
        [.. System.Text.RegularExpressions.Regex.Matches(page, "id=\"session-([0-9a-f-]{36})\"").Select(m => m.Groups[1].Value)];

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
