using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Demo;
using MndCare.Domain.Assessments;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Patients;
using MndCare.Persistence;

namespace MndCare.Testing;

/// <summary>A clinic's synthetic cohort for the cohort outcome tests: the demo generator's patients and visits, and a completed four-week course for
/// every second patient with at least three visits, starting on the first Monday after their second visit.</summary>
/// <remarks>Written straight into the database, like <see cref="TestWorld"/> (no audit events).</remarks>
public static class CohortSeed
{
    /// <summary>Seeds <paramref name="count"/> patients; returns the ids of the patients given a course.</summary>
    public static async Task<IReadOnlyList<Guid>> SeedAsync(IServiceProvider services, Clinic clinic, Guid clinicianUserId, int count, int seed = 7)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(clinic);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MndCareDbContext>();
        var clock = TimeProvider.System;
        var now = clock.GetUtcNow();
        var today = clinic.LocalDate(now);
        var template = ClinicCourseTemplate.Create(RecordId.New(clock), clinic.Id, CourseTemplate.FourWeekDemo, now, RecordId.New(clock));
        db.CourseTemplates.Add(template);
        var treated = new List<Guid>();
        var generated = new DemoCohortGenerator(seed).Generate(count, today, "C" + clinic.Id.ToString("N")[..6] + "-");
        foreach (var (demo, index) in generated.Select((p, i) => (p, i)))
        {
            var patient = Patient.Register(RecordId.New(clock), clinic.Id, PatientDetails.Create(demo.Details, today).Value, now, RecordId.New(clock));
            db.Patients.Add(patient);
            foreach (var visit in demo.Visits)
            {
                db.Assessments.Add(Assessment.Record(RecordId.New(clock), patient.Id, clinic.Id, new AssessmentInputs
                {
                    AssessmentDate = visit.Date,
                    AlsfrsR = AlsfrsR.Create(visit.AlsfrsRItems).Value,
                    AlsfrsRMode = AlsfrsRMode.Clinician,
                    FvcPercentPredicted = visit.FvcPercentPredicted,
                    Findings = visit.Findings,
                    Ftd = demo.Ftd,
                    C9orf72 = demo.C9orf72,
                }, now, null));
            }
            if (index % 2 == 0 && demo.Visits.Count >= 3 && CourseFor(patient, template, clinic.TimeZoneId, demo.Visits[1].Date, clinicianUserId, today) is { } course)
            {
                db.TreatmentCourses.Add(course);
                treated.Add(patient.Id);
            }
        }
        await db.SaveChangesAsync();
        return treated;
    }

    // Planned, started on its first day and completed after its last, all in the past.
    private static TreatmentCourse? CourseFor(Patient patient, ClinicCourseTemplate template, string zone, DateOnly after, Guid clinicianUserId, DateOnly today)
    {
        var clock = TimeProvider.System;
        var startsOn = after.AddDays(1);
        while (startsOn.DayOfWeek != DayOfWeek.Monday)
        {
            startsOn = startsOn.AddDays(1);
        }
        if (patient.DeathDate <= startsOn.AddDays(60) || startsOn.AddDays(60) > today)
        {
            return null;
        }
        var planned = TreatmentCourse.Plan(new CourseIds(RecordId.New(clock), patient.ClinicId, patient.Id, template.Id), template.Template, startsOn,
            zone, CourseCalendarOptions.Default, () => RecordId.New(clock), clinicianUserId, clock.GetUtcNow(), RecordId.New(clock)).Value;
        _ = planned.Start(clock.GetUtcNow(), RecordId.New(clock)).Value;
        return planned.Complete(clock.GetUtcNow(), RecordId.New(clock)).Value;
    }
}
