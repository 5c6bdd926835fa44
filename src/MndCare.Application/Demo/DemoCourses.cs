using Microsoft.EntityFrameworkCore;
using MndCare.Application.Courses;
using MndCare.Domain.Auditing;
using MndCare.Domain.Courses;
using MndCare.Domain.Patients;
using MndCare.Domain.Time;
using MndCare.Persistence;

namespace MndCare.Application.Demo;

/// <summary>A patient the demo gives a course: the record, the MRN (their wristband code), their language and diagnosis date.</summary>
internal sealed record DemoCoursePatient(Guid Id, string Mrn, PreferredLanguage Language, DateOnly? DiagnosisDate);

/// <summary>The demo treatment courses, one per patient in this order: running (started about a week ago, first infusion given,
/// the next ordered), planned (starts next week) and completed (ended weeks ago, every infusion given); riluzole on each.</summary>
/// <remarks>docs/therapy/courses.md, "Demo data". Calendars come from the demo templates and the default clinic calendar, as
/// <see cref="TreatmentCourses"/> plans them; every state change goes through the course's own rules.</remarks>
internal sealed class DemoCourses(MndCareDbContext db, DemoScene scene, DemoInfusions infusions)
{
    // The patients' recorded weights, kg, in course order (demo values).
    private static readonly decimal[] WeightsKg = [62.5m, 71.0m, 58.4m];

    // Riluzole 50 mg twice daily [S48]; edaravone 10 of 14 days, then 14 days off [S74] (therapy reference, section E).
    private static readonly (string English, string Chinese) RiluzoleDose = ("50 mg twice daily", "50mg，每日2次");
    private static readonly (string English, string Chinese) EdaravoneDose =
        ("IV, 10 of 14 days, then 14 days off", "静脉滴注，每14天中用药10天，随后停药14天");

    private IReadOnlyList<ClinicCourseTemplate>? _templates;

    private static CourseCalendarOptions Calendar => CourseCalendarOptions.Default;

    /// <summary>Plans the courses for <paramref name="patients"/> (at most three, the portal patient first); returns how many
    /// courses and infusions were added.</summary>
    public async Task<(int Courses, int Infusions)> SeedAsync(IReadOnlyList<DemoCoursePatient> patients, CancellationToken cancellationToken)
    {
        var templates = await TemplatesAsync(cancellationToken);
        // Each step plans one course and returns the infusions it ordered.
        (CourseTemplate Template, Func<DemoCoursePatient, ClinicCourseTemplate, decimal, int> Step)[] plans =
            [(CourseTemplate.FourWeekDemo, Running), (CourseTemplate.FourWeekDemo, Planned), (CourseTemplate.ThreeWeekDemo, Completed)];
        var (courses, ordered) = (0, 0);
        foreach (var (patient, index) in patients.Take(plans.Length).Select((p, i) => (p, i)))
        {
            if (Find(templates, plans[index].Template) is { } template)
            {
                ordered += plans[index].Step(patient, template, WeightsKg[index]);
                courses++;
            }
        }
        return (courses, ordered);
    }

    private async Task<IReadOnlyList<ClinicCourseTemplate>> TemplatesAsync(CancellationToken cancellationToken) => _templates ??=
        await db.CourseTemplates.AsNoTracking().Where(t => t.ClinicId == scene.Clinic.Id && !t.IsArchived).ToListAsync(cancellationToken);

    private static ClinicCourseTemplate? Find(IReadOnlyList<ClinicCourseTemplate> templates, CourseTemplate demo) =>
        templates.Where(t => t.Template.Name == demo.Name).MinBy(t => t.Id);

    private int Running(DemoCoursePatient patient, ClinicCourseTemplate template, decimal weightKg)
    {
        // The first open day 4-6 days ago: its second infusion, a week after the first, is still ahead.
        var startsOn = FirstOpenDay(scene.Today.AddDays(-6));
        var course = Plan(patient, template, startsOn, scene.At(startsOn.AddDays(-10), 16));
        Start(course);
        var sessions = InfusionSessions(course);
        var weighedAt = scene.At(startsOn, 8, 45);
        infusions.Give(infusions.Order(course, sessions[0], weightKg, weighedAt, scene.At(startsOn, 9)), patient.Mrn, patient.Language, fever: false);
        infusions.Order(course, sessions[1], weightKg, weighedAt, scene.At(startsOn, 12, 30));
        return 2;
    }

    private int Planned(DemoCoursePatient patient, ClinicCourseTemplate template, decimal weightKg)
    {
        var tomorrow = scene.Today.AddDays(1);
        Plan(patient, template, FirstOpenDay(tomorrow.AddDays(DaysUntil(tomorrow, DayOfWeek.Monday))), scene.Now);
        return 0;
    }

    private int Completed(DemoCoursePatient patient, ClinicCourseTemplate template, decimal weightKg)
    {
        // Seven weeks back, to the Monday: the three-week course ended four to five weeks ago.
        var sevenWeeksAgo = scene.Today.AddDays(-49);
        var startsOn = FirstOpenDay(sevenWeeksAgo.AddDays(-DaysSince(sevenWeeksAgo, DayOfWeek.Monday)));
        // The second infusion is followed by a fever, for the adverse-event step to pick up.
        var course = GiveAll(patient, template, startsOn, weightKg, infusions, feverAfter: 2, course =>
            AddMedication(course, KnownMedication.Edaravone, Dose(EdaravoneDose, patient), startsOn.AddDays(-120), startsOn.AddDays(-15)));
        return InfusionSessions(course).Count;
    }

    /// <summary>Plans, starts and completes a three-week course from <paramref name="startsOn"/> (an open day in the past) with every
    /// infusion given from the lot of <paramref name="from"/>; returns the course.</summary>
    public async Task<TreatmentCourse?> CompleteHistoricalAsync(DemoCoursePatient patient, DateOnly startsOn, decimal weightKg, DemoInfusions from,
        CancellationToken cancellationToken)
    {
        if (Find(await TemplatesAsync(cancellationToken), CourseTemplate.ThreeWeekDemo) is not { } template)
        {
            return null;
        }
        return GiveAll(patient, template, startsOn, weightKg, from, feverAfter: null, _ => { });
    }

    // The course planned ten days ahead, started, every infusion given (a fever after infusion number feverAfter), then completed.
    private TreatmentCourse GiveAll(DemoCoursePatient patient, ClinicCourseTemplate template, DateOnly startsOn, decimal weightKg, DemoInfusions from, int? feverAfter,
        Action<TreatmentCourse> beforeStart)
    {
        var course = Plan(patient, template, startsOn, scene.At(startsOn.AddDays(-10), 16));
        beforeStart(course);
        Start(course);
        var sessions = InfusionSessions(course);
        foreach (var (session, number) in sessions.Select((s, i) => (s, i + 1)))
        {
            var day = session.LocalDate;
            from.Give(from.Order(course, session, weightKg, scene.At(day, 8, 45), scene.At(day, 9)), patient.Mrn, patient.Language,
                fever: number == feverAfter);
        }
        var endedAt = Utc(course.Sessions.Max(s => s.EndsAtUtc)).AddMinutes(30);
        var before = course.Status;
        DemoScene.Check(course.Complete(endedAt, scene.NewId()));
        AuditStatus(TreatmentCourses.CompleteAction, course, before);
        return course;
    }

    private TreatmentCourse Plan(DemoCoursePatient patient, ClinicCourseTemplate template, DateOnly startsOn, DateTimeOffset plannedAt)
    {
        var course = DemoScene.Check(TreatmentCourse.Plan(new CourseIds(scene.NewId(), scene.Clinic.Id, patient.Id, template.Id), template.Template,
            startsOn, scene.Clinic.TimeZoneId, Calendar, scene.NewId, scene.Staff.Clinician, plannedAt, scene.NewId()));
        if (course.Conflicts().Any(c => c.IsRefused))
        {
            throw new InvalidOperationException("The demo course's calendar double-books its patient.");
        }
        db.TreatmentCourses.Add(course);
        scene.Audit(TreatmentCourses.PlanAction, TreatmentCourses.EntityType, course.Id,
        [
            new FieldChange("patientId", null, patient.Id.ToString("D")),
            new FieldChange("templateId", null, template.Id.ToString("D")),
            new FieldChange("startsOn", null, ClinicTime.Format(course.StartsOn)),
            new FieldChange("status", null, CourseWireNames.Of(CourseStatus.Planned)),
        ], new { patientId = patient.Id, sessions = course.Sessions.Count });
        var riluzoleSince = patient.DiagnosisDate is { } diagnosed && diagnosed < startsOn ? diagnosed : startsOn.AddDays(-180);
        AddMedication(course, KnownMedication.Riluzole, Dose(RiluzoleDose, patient), riluzoleSince, null);
        return course;
    }

    // Marked in progress at the baseline assessment on the first day.
    private void Start(TreatmentCourse course)
    {
        DemoScene.Check(course.Start(scene.At(course.StartsOn, 8, 30), scene.NewId()));
        AuditStatus(TreatmentCourses.StartAction, course, CourseStatus.Planned);
    }

    private void AddMedication(TreatmentCourse course, KnownMedication medication, string dose, DateOnly startsOn, DateOnly? stopsOn)
    {
        var entry = DemoScene.Check(ConcomitantMedication.Create(scene.NewId(), medication, null, dose, startsOn, stopsOn));
        course.AddMedication(entry, Utc(course.CreatedAtUtc), scene.NewId());
        var field = $"medications[{entry.Id:D}]";
        scene.Audit(TreatmentCourses.AddMedicationAction, TreatmentCourses.EntityType, course.Id,
        [
            new FieldChange(field + ".medication", null, CourseWireNames.Of(medication)),
            new FieldChange(field + ".doseText", null, dose),
            new FieldChange(field + ".startsOn", null, ClinicTime.Format(startsOn)),
            new FieldChange(field + ".stopsOn", null, stopsOn is { } stop ? ClinicTime.Format(stop) : null),
        ], new { course.PatientId });
    }

    private void AuditStatus(string action, TreatmentCourse course, CourseStatus before) =>
        scene.Audit(action, TreatmentCourses.EntityType, course.Id,
            [new FieldChange("status", CourseWireNames.Of(before), CourseWireNames.Of(course.Status))], new { course.PatientId });

    private static List<CourseSession> InfusionSessions(TreatmentCourse course) =>
        [.. course.Sessions.Where(s => s.Kind == SessionKind.MscInfusion).OrderBy(s => s.InfusionNumber)];

    private static string Dose((string English, string Chinese) dose, DemoCoursePatient patient) => patient.Language switch
    {
        PreferredLanguage.English => dose.English,
        PreferredLanguage.SimplifiedChinese => dose.Chinese,
    };

    /// <summary>The first day on or after <paramref name="from"/> the default clinic calendar is open.</summary>
    public static DateOnly FirstOpenDay(DateOnly from)
    {
        var day = from;
        while (!Calendar.IsOpen(day))
        {
            day = day.AddDays(1);
        }
        return day;
    }

    private static int DaysUntil(DateOnly from, DayOfWeek day) => ((int)day - (int)from.DayOfWeek + 7) % 7;

    private static int DaysSince(DateOnly from, DayOfWeek day) => ((int)from.DayOfWeek - (int)day + 7) % 7;

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
