using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.Results;
using MndCare.Domain.Time;
using MndCare.Persistence;

namespace MndCare.Application.Courses;

/// <summary>A course as a patient's record lists it.</summary>
/// <param name="Id">The course.</param>
/// <param name="PatientId">Its patient.</param>
/// <param name="TemplateName">The template's name as planned.</param>
/// <param name="TemplateNameInChinese">The template's Chinese name as planned, if any.</param>
/// <param name="StartsOn">First day (yyyy-MM-dd, clinic's zone).</param>
/// <param name="EndsOn">Last day (yyyy-MM-dd, clinic's zone).</param>
/// <param name="Status">planned, inProgress, completed or stoppedEarly.</param>
public sealed record CourseSummary(Guid Id, Guid PatientId, string TemplateName, string? TemplateNameInChinese, string StartsOn, string EndsOn, string Status);

/// <summary>A session in the clinic's week view, with its patient, room, staff member and the double-bookings it is part of.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="CourseId">Its course.</param>
/// <param name="PatientId">Its patient.</param>
/// <param name="PatientName">The patient's name in their own script.</param>
/// <param name="Kind">The session kind's wire name.</param>
/// <param name="StartsAt">Start, with the clinic's offset.</param>
/// <param name="EndsAt">End, with the clinic's offset.</param>
/// <param name="InfusionNumber">1, 2, … for infusions.</param>
/// <param name="Room">The room, if assigned.</param>
/// <param name="StaffUserId">The staff member, if assigned.</param>
/// <param name="StaffName">The staff member's name, if assigned.</param>
/// <param name="Conflicts">The codes of its double-bookings (roomDoubleBooked, staffDoubleBooked, patientDoubleBooked), each once.</param>
public sealed record WeekSessionView(Guid SessionId, Guid CourseId, Guid PatientId, string PatientName, string Kind, DateTimeOffset StartsAt,
    DateTimeOffset EndsAt, int? InfusionNumber, string? Room, Guid? StaffUserId, string? StaffName, IReadOnlyList<string> Conflicts);

/// <summary>One ISO week of a clinic's sessions, in its zone.</summary>
public sealed record ClinicWeekView(Guid ClinicId, string ClinicName, string TimeZoneId, CalendarWeek<WeekSessionView> Week);

/// <summary>A staff member a session can be assigned to.</summary>
public sealed record StaffChoice(Guid UserId, string DisplayName);

/// <summary>Lists of courses: a patient's courses, the clinic's week of sessions, and the staff sessions are assigned to.
/// Scoped by clinic and audited.</summary>
/// <remarks>docs/therapy/courses.md, "Pages". Staff with <see cref="Permission.ReadCourses"/> in the patient's clinic, the patient and their
/// family see a patient's courses; the week view is for staff only, since it names every patient of the week.</remarks>
public sealed class CourseListings(MndCareDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Audit actions: a patient's courses and the clinic's week.</summary>
    public const string ListAction = "course.list", WeekAction = "course.week.read";

    /// <summary>The courses of one patient, newest first.</summary>
    public async Task<Result<IReadOnlyList<CourseSummary>>> ForPatientAsync(Actor actor, Guid patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clinicId = await db.Patients.AsNoTracking().Where(p => p.Id == patientId).Select(p => (Guid?)p.ClinicId).SingleOrDefaultAsync(cancellationToken);
        if (clinicId is null || !(actor.OwnPatientIds.Contains(patientId) || actor.Can(Permission.ReadCourses, clinicId.Value)))
        {
            await audit.RecordAsync(actor, Entry(ListAction, null, patientId) with { Outcome = AuditOutcome.NotFound }, cancellationToken);
            return new NotFoundError("patient");
        }
        var rows = await db.TreatmentCourses.AsNoTracking().Where(c => c.PatientId == patientId)
            .Select(c => new { c.Id, c.Template, c.StartsOn, c.EndsOn, c.Status, c.CreatedAtUtc }).ToListAsync(cancellationToken);
        var courses = rows.OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.CreatedAtUtc)
            .Select(c => new CourseSummary(c.Id, patientId, c.Template.Name, c.Template.NameInChinese, ClinicTime.Format(c.StartsOn),
                ClinicTime.Format(c.EndsOn), CourseWireNames.Of(c.Status)))
            .ToList();
        await audit.RecordAsync(actor, Entry(ListAction, clinicId, patientId) with
        {
            Details = JsonSerializer.Serialize(new { patientId, courseIds = courses.Select(c => c.Id) }),
        }, cancellationToken);
        return courses;
    }

    /// <summary>The sessions of the week containing <paramref name="day"/> (today when null) in a clinic where the actor reads courses
    /// (<paramref name="clinicId"/>, or their first such clinic), with the double-bookings among them.</summary>
    /// <remarks>Sessions of planned, running and completed courses count; a course stopped early keeps only the sessions before it stopped.</remarks>
    public async Task<Result<ClinicWeekView>> WeekAsync(Actor actor, Guid? clinicId, DateOnly? day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var readable = actor.ClinicsGranting(Permission.ReadCourses);
        var target = clinicId ?? (readable.Count > 0 ? readable[0] : Guid.Empty);
        var clinic = readable.Contains(target)
            ? await db.Clinics.AsNoTracking().SingleOrDefaultAsync(c => c.Id == target, cancellationToken)
            : null;
        if (clinic is null)
        {
            return await audit.RefuseAsync<ClinicWeekView>(actor, [readable.Count == 0 ? new ForbiddenError("read treatment courses") : new NotFoundError("clinic")],
                Entry(WeekAction, null, null));
        }
        var zone = clinic.TimeZoneId;
        var monday = WeekView.MondayOf(day ?? ClinicTime.LocalDate(clock.GetUtcNow(), zone));
        var (from, to) = (ClinicTime.StartOfDayUtc(monday, zone), ClinicTime.StartOfDayUtc(monday.AddDays(CourseTemplate.DaysPerWeek), zone));
        var rows = await db.CourseSessions.AsNoTracking()
            .Where(s => s.StartsAtUtc >= from && s.StartsAtUtc < to)
            .Join(db.TreatmentCourses.Where(c => c.ClinicId == clinic.Id),
                s => EF.Property<Guid>(s, "CourseId"), c => c.Id, (s, c) => new { Session = s, CourseId = c.Id, c.PatientId, c.Status, c.EndedAtUtc })
            .Join(db.Patients, x => x.PatientId, p => p.Id, (x, p) => new { x.Session, x.CourseId, x.PatientId, x.Status, x.EndedAtUtc, p.NativeName })
            .ToListAsync(cancellationToken);
        rows = [.. rows.Where(r => r.Status != CourseStatus.StoppedEarly || r.Session.StartsAtUtc < r.EndedAtUtc)];
        var staffIds = rows.Select(r => r.Session.StaffUserId).OfType<Guid>().Distinct().ToList();
        var staffNames = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var conflicts = DoubleBookings.Find(rows.Select(r => r.Session.ToBookedSlot(r.PatientId)));
        var sessions = rows.Select(r => new WeekSessionView(r.Session.Id, r.CourseId, r.PatientId, r.NativeName, CourseWireNames.Of(r.Session.Kind),
            r.Session.LocalStart, ClinicTime.Local(r.Session.EndsAtUtc, zone), r.Session.InfusionNumber, r.Session.Room, r.Session.StaffUserId,
            r.Session.StaffUserId is { } staff && staffNames.TryGetValue(staff, out var name) ? name : null,
            [.. conflicts.Where(c => c.Involves(r.Session.Id)).Select(c => c.Code).Distinct()]));
        var week = WeekView.Of(sessions, s => s.StartsAt.UtcDateTime, monday, zone);
        await audit.RecordAsync(actor, Entry(WeekAction, clinic.Id, null) with
        {
            Details = JsonSerializer.Serialize(new { week = ClinicTime.Format(monday), patientIds = rows.Select(r => r.PatientId).Distinct() }),
        }, cancellationToken);
        return new ClinicWeekView(clinic.Id, clinic.Name, zone, week);
    }

    /// <summary>The active staff of a clinic (every role but patient), by name, for assigning sessions and naming who holds them.</summary>
    public async Task<IReadOnlyList<StaffChoice>> StaffAsync(Guid clinicId, CancellationToken cancellationToken)
    {
        var ids = db.ClinicMemberships.AsNoTracking().Where(m => m.ClinicId == clinicId && m.Role != ClinicRole.Patient).Select(m => m.UserId);
        var staff = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.DeactivatedAtUtc == null).Select(u => new StaffChoice(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
        return [.. staff.OrderBy(s => s.DisplayName, StringComparer.Ordinal)];
    }

    /// <summary>The ids of a course's infusions, in order of their scheduled time; read each through the infusion use case, which checks access.</summary>
    public async Task<IReadOnlyList<Guid>> InfusionIdsAsync(Guid courseId, CancellationToken cancellationToken) =>
        await db.Infusions.AsNoTracking().Where(i => i.CourseId == courseId).OrderBy(i => i.ScheduledAtUtc).Select(i => i.Id).ToListAsync(cancellationToken);

    private static AuditEntry Entry(string action, Guid? clinicId, Guid? patientId) => new(action, AuditOutcome.Success)
    {
        ClinicId = clinicId,
        EntityType = patientId is null ? TreatmentCourses.EntityType : "patient",
        EntityId = patientId?.ToString("D"),
    };
}
