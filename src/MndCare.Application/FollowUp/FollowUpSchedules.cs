using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Application.Consultations;
using MndCare.Domain.Assessments;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.FollowUp;
using MndCare.Domain.Results;
using MndCare.Domain.Time;
using MndCare.Persistence;

namespace MndCare.Application.FollowUp;

/// <summary>Follow-up schedules computed from each course, the clinic's policy and the patient's ALSFRS-R ratings: the clinic's due,
/// overdue and missed list, one patient's follow-up, and the portal's reminders. Reads only; every read audited.</summary>
/// <remarks>docs/outcomes/follow-up.md. Nothing about a schedule is stored: it follows from the course dates, the current policy and the
/// current (not superseded) ratings, so a correction or a new rating changes it at once (ADR 0038).</remarks>
public sealed class FollowUpSchedules(MndCareDbContext db, AuditTrail audit, TimeProvider clock, FollowUpPolicies policies)
{
    /// <summary>The audited actions.</summary>
    public const string ListAction = "followUp.list", ReadAction = "followUp.read", RemindersAction = "followUp.reminders";

    /// <summary>The statuses the clinic's list shows unless asked otherwise: the timepoints that can still be done.</summary>
    public static readonly IReadOnlyList<FollowUpStatus> OpenStatuses = [FollowUpStatus.Due, FollowUpStatus.Overdue];

    /// <summary>The clinic's timepoints in <paramref name="statuses"/> (by default due and overdue) of living patients, by due date, in a
    /// clinic where the actor manages follow-up (<paramref name="clinicId"/>, or their first).</summary>
    public async Task<Result<FollowUpListView>> ClinicListAsync(Actor actor, IReadOnlyList<string>? statuses, Guid? clinicId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var entry = new AuditEntry(ListAction, AuditOutcome.Success) { EntityType = FollowUpScope.EntityType };
        var wanted = statuses is { Count: > 0 } ? statuses.Select(FollowUpWireNames.ParseStatus).ToList() : [.. OpenStatuses.Select(s => (FollowUpStatus?)s)];
        if (wanted.Any(s => s is null))
        {
            return await audit.RefuseAsync<FollowUpListView>(actor, new ValidationError("status", "invalidValue",
                "status must be upcoming, due, overdue, missed, done or closed."), entry);
        }
        var managed = actor.ClinicsGranting(Permission.ManageFollowUp);
        var target = clinicId ?? (managed.Count > 0 ? managed[0] : Guid.Empty);
        var clinic = managed.Contains(target) ? await db.Clinics.AsNoTracking().SingleOrDefaultAsync(c => c.Id == target, cancellationToken) : null;
        if (clinic is null)
        {
            return await audit.RefuseAsync<FollowUpListView>(actor, managed.Count == 0 ? new ForbiddenError("see follow-up") : new NotFoundError("clinic"), entry);
        }
        var today = clinic.LocalDate(clock.GetUtcNow());
        var policy = await policies.PolicyAsync(clinic.Id, cancellationToken);
        var courses = await CoursesAsync(db.TreatmentCourses.Where(c => c.ClinicId == clinic.Id), cancellationToken);
        var patientIds = courses.Select(c => c.PatientId).Distinct().ToList();
        var patients = await db.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Mrn, p.NativeName, p.Phone, p.DeathDate }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var ratings = await RatingsAsync(patientIds, cancellationToken);
        var items = courses.Where(c => patients[c.PatientId].DeathDate is null)
            .SelectMany(c => Evaluate(c, policy, ratings[c.PatientId], today, null).Timepoints
                .Where(t => wanted.Contains(FollowUpWireNames.ParseStatus(t.Status)))
                .Select(t => new FollowUpListItem(c.PatientId, patients[c.PatientId].Mrn, patients[c.PatientId].NativeName, patients[c.PatientId].Phone, c.Id, t)))
            .OrderBy(i => i.Timepoint.DueOn).ThenBy(i => i.Mrn, StringComparer.Ordinal).ToList();
        await audit.RecordAsync(actor, entry with
        {
            ClinicId = clinic.Id,
            Details = JsonSerializer.Serialize(new { statuses = wanted.Select(s => FollowUpWireNames.Of(s!.Value)), patientIds = items.Select(i => i.PatientId).Distinct() }),
        }, cancellationToken);
        return new FollowUpListView(clinic.Id, clinic.TimeZoneId, today, [.. wanted.Select(s => FollowUpWireNames.Of(s!.Value))], items);
    }

    /// <summary>One patient's follow-up, for staff who manage follow-up in the patient's clinic and for the patient's own portal account.</summary>
    public async Task<Result<PatientFollowUpView>> PatientAsync(Actor actor, Guid patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var entry = new AuditEntry(ReadAction, AuditOutcome.Success) { EntityType = FollowUpScope.EntityType, EntityId = patientId.ToString("D") };
        if (await FollowUpScope.PatientAsync(db, actor, patientId, Permission.ManageFollowUp, allowOwn: true, tracked: false, cancellationToken)
            is not var (patient, clinic))
        {
            return await audit.RefuseAsync<PatientFollowUpView>(actor, new NotFoundError("patient"), entry with { Outcome = AuditOutcome.NotFound });
        }
        var today = clinic.LocalDate(clock.GetUtcNow());
        var policy = await policies.PolicyAsync(clinic.Id, cancellationToken);
        var courses = await CoursesAsync(db.TreatmentCourses.Where(c => c.PatientId == patientId), cancellationToken);
        var ratings = (await RatingsAsync([patientId], cancellationToken))[patientId].ToList();
        var events = await db.ClinicalEvents.AsNoTracking().Where(e => e.PatientId == patientId).ToListAsync(cancellationToken);
        var checks = await db.VitalStatusChecks.AsNoTracking().Where(c => c.PatientId == patientId).ToListAsync(cancellationToken);
        var selfReports = await db.SelfReports.AsNoTracking().Where(r => r.PatientId == patientId)
            .Join(db.Assessments.AsNoTracking(), r => r.AssessmentId, a => a.Id, (r, a) => new { Report = r, a.AssessmentDate, a.AlsfrsR })
            .ToListAsync(cancellationToken);
        DateOnly? lastAlive = patient.DeathDate is not null ? null
            : checks.Select(c => (DateOnly?)c.KnownAliveOn).Concat(ratings.Select(r => (DateOnly?)r.RatedOn)).Max();
        await audit.RecordAsync(actor, entry with { ClinicId = clinic.Id, Details = JsonSerializer.Serialize(new { patient = patientId }) }, cancellationToken);
        return new PatientFollowUpView(patient.Id, patient.NativeName, patient.Mrn, clinic.TimeZoneId, today, patient.DeathDate, lastAlive,
            [.. courses.OrderByDescending(c => c.StartsOn).Select(c => Evaluate(c, policy, ratings, today, patient.DeathDate))],
            [.. events.OrderBy(e => e.OccurredOn).Select(ToView)],
            [.. checks.OrderByDescending(c => c.KnownAliveOn).Select(ToView)],
            [.. selfReports.OrderByDescending(r => r.Report.RecordedAtUtc).Select(r => ToView(r.Report, r.AssessmentDate, r.AlsfrsR!.Total))]);
    }

    /// <summary>The portal's reminders for the actor's own patients: timepoints after the end of a course that are due or overdue.
    /// Baseline and end of course are rated at the clinic during the course, so they are not reminded.</summary>
    public async Task<IReadOnlyList<FollowUpReminder>> RemindersAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var reminders = new List<FollowUpReminder>();
        foreach (var patientId in actor.OwnPatientIds)
        {
            if (await FollowUpScope.PatientAsync(db, actor, patientId, Permission.SelfReport, allowOwn: true, tracked: false, cancellationToken)
                is not var (patient, clinic) || patient.DeathDate is not null)
            {
                continue;
            }
            var today = clinic.LocalDate(clock.GetUtcNow());
            var policy = await policies.PolicyAsync(clinic.Id, cancellationToken);
            var ratings = (await RatingsAsync([patientId], cancellationToken))[patientId].ToList();
            foreach (var course in await CoursesAsync(db.TreatmentCourses.Where(c => c.PatientId == patientId), cancellationToken))
            {
                reminders.AddRange(Evaluate(course, policy, ratings, today, null).Timepoints
                    .Where(t => t.MonthsAfterEnd is not null && t.Status is "due" or "overdue")
                    .Select(t => new FollowUpReminder(patientId, course.Id, t)));
            }
            await audit.RecordAsync(actor, new AuditEntry(RemindersAction, AuditOutcome.Success)
            {
                ClinicId = clinic.Id,
                EntityType = FollowUpScope.EntityType,
                EntityId = patientId.ToString("D"),
            }, cancellationToken);
        }
        return [.. reminders.OrderBy(r => r.Timepoint.DueOn)];
    }

    private sealed record CourseRow(Guid Id, Guid PatientId, CourseStatus Status, DateOnly StartsOn, DateOnly EndsOn, bool Started, DateTime? EndedAtUtc,
        string TimeZoneId);

    private static async Task<List<CourseRow>> CoursesAsync(IQueryable<TreatmentCourse> courses, CancellationToken cancellationToken)
    {
        var rows = await courses.AsNoTracking()
            .Select(c => new CourseRow(c.Id, c.PatientId, c.Status, c.StartsOn, c.EndsOn, c.StartedAtUtc != null, c.EndedAtUtc, c.TimeZoneId))
            .ToListAsync(cancellationToken);
        return [.. rows.Where(c => FollowUpSchedule.HasFollowUp(c.Status, c.Started))];
    }

    // Current ratings only: an assessment that a correction superseded no longer counts.
    private async Task<ILookup<Guid, FollowUpRating>> RatingsAsync(IReadOnlyList<Guid> patientIds, CancellationToken cancellationToken)
    {
        var rows = await db.Assessments.AsNoTracking()
            .Where(a => patientIds.Contains(a.PatientId) && a.AlsfrsRMode != null && !db.Assessments.Any(b => b.SupersedesId == a.Id))
            .Select(a => new { a.Id, a.PatientId, a.AssessmentDate, a.AlsfrsRMode }).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.PatientId, r => new FollowUpRating(r.Id, r.AssessmentDate, r.AlsfrsRMode == AlsfrsRMode.SelfAdministered));
    }

    private static CourseFollowUpView Evaluate(CourseRow course, FollowUpPolicy policy, IEnumerable<FollowUpRating> ratings, DateOnly today,
        DateOnly? deathDate)
    {
        var stoppedOn = course.EndedAtUtc is { } ended ? ClinicTime.LocalDate(ended, course.TimeZoneId) : (DateOnly?)null;
        var endedOn = FollowUpSchedule.EndOf(course.Status, course.EndsOn, stoppedOn);
        var states = FollowUpSchedule.Evaluate(FollowUpSchedule.Timepoints(course.StartsOn, endedOn, policy), ratings, today, deathDate);
        return new CourseFollowUpView(course.Id, CourseWireNames.Of(course.Status), course.StartsOn, endedOn, [.. states.Select(ToView)]);
    }

    private static FollowUpTimepointView ToView(FollowUpTimepointState s) => new(s.Timepoint.Code, s.Timepoint.MonthsAfterEnd, s.Timepoint.DueOn,
        s.Timepoint.WindowStart, s.Timepoint.WindowEnd, FollowUpWireNames.Of(s.Status), s.Rating?.AssessmentId, s.Rating?.RatedOn, s.Rating?.SelfAdministered);

    internal static ClinicalEventView ToView(ClinicalEvent e) =>
        new(e.Id, FollowUpWireNames.Of(e.Kind), e.OccurredOn, e.Note, FollowUpWireNames.Of(e.Source), e.RecordedAtUtc);

    internal static VitalStatusView ToView(VitalStatusCheck c) => new(c.Id, c.KnownAliveOn, FollowUpWireNames.Of(c.Source), c.RecordedAtUtc);

    internal static SelfReportView ToView(SelfReport r, DateOnly ratedOn, int total) => new(r.Id, r.AssessmentId, ratedOn, total,
        FollowUpWireNames.Of(r.EnteredBy), r.CaregiverRelationship is { } rel ? ApplicantAccounts.RelationshipName(rel) : null, FollowUpWireNames.Of(r.Setting),
        "selfAdministered", r.RecordedAtUtc);
}
