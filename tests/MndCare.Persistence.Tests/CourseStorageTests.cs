using Microsoft.EntityFrameworkCore;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.Patients;
using MndCare.Testing;

namespace MndCare.Persistence.Tests;

// docs/architecture.md, "Treatment courses": a course comes back from the database exactly as it was saved.
public sealed class CourseStorageTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Course_WithTemplateMovesAndMedications_RoundTrips(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var now = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
        var clinic = Clinic.Create(Guid.CreateVersion7(), "A", "Asia/Shanghai").Value;
        var patient = Patient.Register(Guid.CreateVersion7(), clinic.Id,
            PatientDetails.Create(new PatientBuilder().WithMrn("C-1").Build(), new DateOnly(2026, 1, 1)).Value, now, Guid.CreateVersion7());
        var template = ClinicCourseTemplate.Create(Guid.CreateVersion7(), clinic.Id, CourseTemplate.ThreeWeekDemo, now, Guid.CreateVersion7());
        // A closed Wednesday leaves TCM sessions unplaced, so that column holds something too.
        var options = CourseCalendarOptions.Create(CourseCalendarOptions.MondayToFriday, [new DateOnly(2026, 12, 9)]).Value;
        var course = TreatmentCourse.Plan(new CourseIds(Guid.CreateVersion7(), clinic.Id, patient.Id, template.Id), template.Template,
            new DateOnly(2026, 12, 7), clinic.TimeZoneId, options, Guid.CreateVersion7, Guid.CreateVersion7(), now, Guid.CreateVersion7()).Value;
        var moved = course.Sessions.First(s => s.Kind == SessionKind.Tuina);
        course.RescheduleSession(moved.Id, moved.StartsAtUtc.AddHours(1), 30, "Therapist running late", Guid.CreateVersion7(), now, Guid.CreateVersion7());
        course.AssignSession(moved.Id, "Room 3", Guid.CreateVersion7(), now, Guid.CreateVersion7());
        course.AddMedication(ConcomitantMedication.Create(Guid.CreateVersion7(), KnownMedication.Riluzole, null, "50 mg twice daily",
            new DateOnly(2024, 1, 1), null).Value, now, Guid.CreateVersion7());
        await using (var db = database.CreateContext())
        {
            db.AddRange(clinic, patient, template, course);
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var stored = await read.TreatmentCourses.AsSplitQuery().SingleAsync();

        Assert.Equal(CourseTemplateInput.From(course.Template), CourseTemplateInput.From(stored.Template), new TemplateComparer());
        Assert.Equal(course.Unplaced, stored.Unplaced);
        Assert.NotEmpty(stored.Unplaced);
        Assert.Equal(course.Sessions.Select(Row), stored.Sessions.Select(Row));
        var storedMove = stored.Sessions.Single(s => s.Id == moved.Id);
        Assert.Equal(course.Sessions.Single(s => s.Id == moved.Id).History, storedMove.History);
        Assert.Equal(DateTimeKind.Utc, storedMove.History[0].ToStartsAtUtc.Kind);
        Assert.Equal(course.Medications.Select(m => (m.Id, m.Medication, m.DoseText, m.StartsOn)), stored.Medications.Select(m => (m.Id, m.Medication, m.DoseText, m.StartsOn)));
    }

    private static string Row(CourseSession s) =>
        $"{s.Id} {s.Kind} {s.StartsAtUtc:O} {s.DurationMinutes} {s.InfusionNumber} {s.Timepoint} {string.Join(',', s.Assessments)} {s.Room} {s.StaffUserId}";

    private sealed class TemplateComparer : IEqualityComparer<CourseTemplateInput>
    {
        public bool Equals(CourseTemplateInput? x, CourseTemplateInput? y) =>
            System.Text.Json.JsonSerializer.Serialize(x) == System.Text.Json.JsonSerializer.Serialize(y);

        public int GetHashCode(CourseTemplateInput obj) => 0;
    }
}
