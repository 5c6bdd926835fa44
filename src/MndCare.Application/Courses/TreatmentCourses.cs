using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Application.Safety.Labs;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Results;
using MndCare.Domain.Time;
using MndCare.Persistence;

namespace MndCare.Application.Courses;

/// <summary>Plan, read and change treatment courses: states, sessions and concomitant medications. Scoped by clinic and audited.</summary>
/// <remarks>
/// docs/therapy/courses.md. Staff of the course's clinic with <see cref="Permission.ReadCourses"/> read it, and so do the patient
/// and their family; anyone else gets "not found". Changes need <see cref="Permission.PlanCourses"/> in the course's clinic and the
/// version read (optimistic concurrency). A change that would put the patient in two sessions at once, in this course or another
/// open course, is refused; shared rooms and staff are returned as warnings (<see cref="CourseView.Conflicts"/>).
/// </remarks>
public sealed class TreatmentCourses(MndCareDbContext db, AuditTrail audit, TimeProvider clock, LabChecks labChecks)
{
    /// <summary>The entity type written to the audit trail.</summary>
    public const string EntityType = "course";

    /// <summary>Audit actions, one per use case.</summary>
    public const string PlanAction = "course.plan", ReadAction = "course.read", StartAction = "course.start", CompleteAction = "course.complete",
        StopAction = "course.stop", RescheduleAction = "course.session.reschedule", AssignAction = "course.session.assign",
        AddMedicationAction = "course.medication.add", StopMedicationAction = "course.medication.stop";

    /// <summary>Plans a course for a patient of the actor's clinic from one of that clinic's templates.</summary>
    public async Task<Result<CourseView>> PlanAsync(Actor actor, Guid patientId, PlanCourseInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var details = JsonSerializer.Serialize(new { patientId, input.TemplateId, input.StartsOn, input.ConsultationId });
        Task<Result<CourseView>> Refuse(IReadOnlyList<Error> errors, Guid? clinic) =>
            audit.RefuseAsync<CourseView>(actor, errors, Entry(PlanAction, clinic, null) with { Details = details });

        var clinics = actor.ClinicsGranting(Permission.PlanCourses);
        var patient = await db.Patients.AsNoTracking().Where(p => p.Id == patientId && clinics.Contains(p.ClinicId))
            .Join(db.Clinics, p => p.ClinicId, c => c.Id, (p, c) => new { p.ClinicId, c.TimeZoneId }).SingleOrDefaultAsync(cancellationToken);
        if (patient is null)
        {
            return await Refuse([new NotFoundError("patient")], null);
        }
        var errors = new List<Error>();
        if (input.TemplateId is null)
        {
            errors.Add(new ValidationError("templateId", ValidationError.Required, "Choose a course template."));
        }
        var startsOn = CourseInputs.Date(input.StartsOn, "startsOn", required: true, errors);
        if (errors.Count > 0)
        {
            return await Refuse(errors, patient.ClinicId);
        }
        var template = await db.CourseTemplates.AsNoTracking()
            .SingleOrDefaultAsync(t => t.Id == input.TemplateId && t.ClinicId == patient.ClinicId, cancellationToken);
        if (template is null)
        {
            return await Refuse([new NotFoundError(CourseTemplates.EntityType)], patient.ClinicId);
        }
        if (template.IsArchived)
        {
            return await Refuse([new ConflictError(CourseErrorCodes.TemplateArchived, "This template is archived; choose another.")], patient.ClinicId);
        }
        if (input.ConsultationId is { } consultationId
            && !await db.Consultations.AnyAsync(c => c.Id == consultationId && c.PatientId == patientId && c.ClinicId == patient.ClinicId, cancellationToken))
        {
            return await Refuse([new NotFoundError("consultation")], patient.ClinicId);
        }
        var now = clock.GetUtcNow();
        var planned = TreatmentCourse.Plan(new CourseIds(RecordId.New(clock), patient.ClinicId, patientId, template.Id, input.ConsultationId), template.Template,
            startsOn!.Value, patient.TimeZoneId, CourseCalendarOptions.Default, () => RecordId.New(clock), actor.UserId!.Value, now, RecordId.New(clock));
        if (!planned.IsSuccess)
        {
            return await Refuse(planned.Errors, patient.ClinicId);
        }
        var course = planned.Value;
        var conflicts = await ConflictsAsync(course, cancellationToken);
        if (conflicts.FirstOrDefault(c => c.Refused) is { } clash)
        {
            return await Refuse([PatientDoubleBooked(clash)], patient.ClinicId);
        }
        db.TreatmentCourses.Add(course);
        await audit.SaveAsync(actor, [Entry(PlanAction, course.ClinicId, course.Id) with
        {
            Changes =
            [
                new FieldChange("patientId", null, patientId.ToString("D")),
                new FieldChange("templateId", null, template.Id.ToString("D")),
                new FieldChange("consultationId", null, input.ConsultationId?.ToString("D")),
                new FieldChange("startsOn", null, ClinicTime.Format(course.StartsOn)),
                new FieldChange("status", null, CourseWireNames.Of(course.Status)),
            ],
            Details = JsonSerializer.Serialize(new { patientId, sessions = course.Sessions.Count }),
        }], cancellationToken);
        return ToView(course, conflicts);
    }

    /// <summary>One course: its state, calendar, medications and double-bookings (staff only; the patient sees their own without them).</summary>
    public async Task<Result<CourseView>> GetAsync(Actor actor, Guid courseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var course = await db.TreatmentCourses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        var asPatient = course is not null && actor.OwnPatientIds.Contains(course.PatientId);
        if (course is null || !(asPatient || actor.Can(Permission.ReadCourses, course.ClinicId)))
        {
            await audit.RecordAsync(actor, Entry(ReadAction, null, courseId) with { Outcome = AuditOutcome.NotFound }, cancellationToken);
            return new NotFoundError(EntityType);
        }
        // Other patients' sessions are none of a patient's business, not even as ids.
        var conflicts = asPatient ? [] : await ConflictsAsync(course, cancellationToken);
        await audit.RecordAsync(actor, Entry(ReadAction, course.ClinicId, course.Id) with
        {
            Details = JsonSerializer.Serialize(new
            {
                course.PatientId,
                sessionIds = course.Sessions.Select(s => s.Id),
                medicationIds = course.Medications.Select(m => m.Id),
            }),
        }, cancellationToken);
        return ToView(course, conflicts);
    }

    /// <summary>Marks a planned course in progress (not before its first day).</summary>
    public Task<Result<CourseView>> StartAsync(Actor actor, Guid courseId, Guid? expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(actor, courseId, expectedVersion, StartAction, (course, now, version) => StatusChange(course, c => c.Start(now, version)),
            cancellationToken);

    /// <summary>Completes a course in progress once every session has started.</summary>
    public Task<Result<CourseView>> CompleteAsync(Actor actor, Guid courseId, Guid? expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(actor, courseId, expectedVersion, CompleteAction, (course, now, version) => StatusChange(course, c => c.Complete(now, version)),
            cancellationToken);

    /// <summary>Stops a planned or running course early, with a reason.</summary>
    public Task<Result<CourseView>> StopAsync(Actor actor, Guid courseId, StopCourseInput input, Guid? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeAsync(actor, courseId, expectedVersion, StopAction, (course, now, version) =>
        {
            var change = StatusChange(course, c => c.StopEarly(input.Reason, now, version));
            return change.IsSuccess ? change.Value with { Reason = course.StopReason } : change;
        }, cancellationToken);
    }

    /// <summary>Moves a session, with a reason; refused when the patient would be in two sessions at once (this or another course).</summary>
    public Task<Result<CourseView>> RescheduleAsync(Actor actor, Guid courseId, Guid sessionId, RescheduleSessionInput input, Guid? expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeAsync(actor, courseId, expectedVersion, RescheduleAction, (course, now, version) =>
        {
            var errors = new List<Error>();
            var startsAt = CourseInputs.Instant(input.StartsAt, "startsAt", errors);
            if (errors.Count > 0)
            {
                return Result<CourseChange>.Failure(errors);
            }
            var before = course.Sessions.FirstOrDefault(s => s.Id == sessionId);
            var (oldStart, oldMinutes) = before is null ? (default, 0) : (before.StartsAtUtc, before.DurationMinutes);
            var moved = course.RescheduleSession(sessionId, startsAt!.Value, input.DurationMinutes, input.Reason, actor.UserId!.Value, now, version);
            return moved.IsSuccess
                ? new CourseChange(
                [
                    new FieldChange($"sessions[{sessionId:D}].startsAt", ClinicTime.Format(oldStart, course.TimeZoneId), ClinicTime.Format(moved.Value.StartsAtUtc, course.TimeZoneId)),
                    new FieldChange($"sessions[{sessionId:D}].durationMinutes", Text(oldMinutes), Text(moved.Value.DurationMinutes)),
                ], sessionId, moved.Value.History[^1].Reason)
                : Result<CourseChange>.Failure(moved.Errors);
        }, cancellationToken);
    }

    /// <summary>Sets a session's room and staff member (a member of the course's clinic staff); overlaps with other sessions come
    /// back as warnings.</summary>
    public async Task<Result<CourseView>> AssignAsync(Actor actor, Guid courseId, Guid sessionId, AssignSessionInput input, Guid? expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var staffClinics = input.StaffUserId is { } staffId
            ? await db.ClinicMemberships.AsNoTracking().Where(m => m.UserId == staffId && m.Role != ClinicRole.Patient)
                .Select(m => m.ClinicId).Distinct().ToListAsync(cancellationToken)
            : [];
        return await ChangeAsync(actor, courseId, expectedVersion, AssignAction, (course, now, version) =>
        {
            if (input.StaffUserId is not null && !staffClinics.Contains(course.ClinicId))
            {
                return new ValidationError("staffUserId", CourseErrorCodes.UnknownStaff, "This person is not on the clinic's staff.");
            }
            var before = course.Sessions.FirstOrDefault(s => s.Id == sessionId);
            var assigned = course.AssignSession(sessionId, input.Room, input.StaffUserId, now, version);
            return assigned.IsSuccess
                ? new CourseChange(
                [
                    new FieldChange($"sessions[{sessionId:D}].room", before?.Room, assigned.Value.Room),
                    new FieldChange($"sessions[{sessionId:D}].staffUserId", before?.StaffUserId?.ToString("D"), assigned.Value.StaffUserId?.ToString("D")),
                ], null, null)
                : Result<CourseChange>.Failure(assigned.Errors);
        }, cancellationToken);
    }

    /// <summary>Records a concomitant medication on the course (any state).</summary>
    public Task<Result<CourseView>> AddMedicationAsync(Actor actor, Guid courseId, MedicationInput input, Guid? expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeAsync(actor, courseId, expectedVersion, AddMedicationAction, (course, now, version) =>
        {
            var errors = new List<Error>();
            var medication = CourseInputs.Medication(input.Medication, errors);
            var startsOn = CourseInputs.Date(input.StartsOn, "startsOn", required: true, errors);
            var stopsOn = CourseInputs.Date(input.StopsOn, "stopsOn", required: false, errors);
            if (errors.Count > 0)
            {
                return Result<CourseChange>.Failure(errors);
            }
            var entry = ConcomitantMedication.Create(RecordId.New(clock), medication!.Value, input.Name, input.DoseText, startsOn!.Value, stopsOn);
            if (!entry.IsSuccess)
            {
                return Result<CourseChange>.Failure(entry.Errors);
            }
            course.AddMedication(entry.Value, now, version);
            var m = entry.Value;
            var field = $"medications[{m.Id:D}]";
            // Riluzole's label ALT checks are scheduled with the medication, in the same save (docs/safety/labs.md; ADR 0032).
            Func<Task<IReadOnlyList<FieldChange>>>? then = m.Medication == KnownMedication.Riluzole
                ? () => labChecks.StageRiluzoleMonitoringAsync(course.ClinicId, course.PatientId, m.StartsOn, ClinicTime.LocalDate(now, course.TimeZoneId),
                    actor.UserId, cancellationToken)
                : null;
            return new CourseChange(
            [
                new FieldChange(field + ".medication", null, CourseWireNames.Of(m.Medication)),
                new FieldChange(field + ".name", null, m.Name),
                new FieldChange(field + ".doseText", null, m.DoseText),
                new FieldChange(field + ".startsOn", null, ClinicTime.Format(m.StartsOn)),
                new FieldChange(field + ".stopsOn", null, m.StopsOn is { } stop ? ClinicTime.Format(stop) : null),
            ], null, null) { Then = then };
        }, cancellationToken);
    }

    /// <summary>Records the last day a medication was taken.</summary>
    public Task<Result<CourseView>> StopMedicationAsync(Actor actor, Guid courseId, Guid medicationId, StopMedicationInput input, Guid? expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeAsync(actor, courseId, expectedVersion, StopMedicationAction, (course, now, version) =>
        {
            var errors = new List<Error>();
            var stopsOn = CourseInputs.Date(input.StopsOn, "stopsOn", required: true, errors);
            if (errors.Count > 0)
            {
                return Result<CourseChange>.Failure(errors);
            }
            var old = course.Medications.FirstOrDefault(m => m.Id == medicationId)?.StopsOn;
            var stopped = course.StopMedication(medicationId, stopsOn!.Value, now, version);
            return stopped.IsSuccess
                ? new CourseChange([new FieldChange($"medications[{medicationId:D}].stopsOn", old is { } o ? ClinicTime.Format(o) : null,
                    ClinicTime.Format(stopsOn.Value))], null, null)
                : Result<CourseChange>.Failure(stopped.Errors);
        }, cancellationToken);
    }

    /// <summary>What a change did: the audited field changes, the session it moved (checked for double-bookings) and its reason.</summary>
    private sealed record CourseChange(IReadOnlyList<FieldChange> Changes, Guid? MovedSessionId, string? Reason)
    {
        /// <summary>Stages records that go with the change in the same save (riluzole's lab checks) and returns their audit changes.</summary>
        public Func<Task<IReadOnlyList<FieldChange>>>? Then { get; init; }
    }

    private async Task<Result<CourseView>> ChangeAsync(Actor actor, Guid courseId, Guid? expectedVersion, string action,
        Func<TreatmentCourse, DateTimeOffset, Guid, Result<CourseChange>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Task<Result<CourseView>> Refuse(IReadOnlyList<Error> errors, Guid? clinic) =>
            audit.RefuseAsync<CourseView>(actor, errors, Entry(action, clinic, courseId));

        var course = await db.TreatmentCourses.SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is null || !actor.Can(Permission.PlanCourses, course.ClinicId))
        {
            // Staff who may read the course learn that they may not change it; anyone else learns nothing.
            var readable = course is not null && actor.Can(Permission.ReadCourses, course.ClinicId);
            return await Refuse([readable ? new ForbiddenError("change treatment courses") : new NotFoundError(EntityType)],
                readable ? course!.ClinicId : null);
        }
        if (expectedVersion is { } expected && expected != course.Version)
        {
            return await Refuse([Changed()], course.ClinicId);
        }
        var changed = change(course, clock.GetUtcNow(), RecordId.New(clock));
        if (!changed.IsSuccess)
        {
            return await Refuse(changed.Errors, course.ClinicId);
        }
        var conflicts = await ConflictsAsync(course, cancellationToken);
        if (changed.Value.MovedSessionId is { } moved && conflicts.FirstOrDefault(c => c.Refused && c.SessionId == moved) is { } clash)
        {
            return await Refuse([PatientDoubleBooked(clash)], course.ClinicId);
        }
        IReadOnlyList<FieldChange> staged = changed.Value.Then is { } then ? await then() : [];
        var conflict = await audit.SaveAsync(actor, [Entry(action, course.ClinicId, course.Id) with
        {
            Changes = [.. changed.Value.Changes, .. staged],
            Reason = changed.Value.Reason,
            Details = JsonSerializer.Serialize(new { course.PatientId, warnings = conflicts.Where(c => !c.Refused).Select(c => c.Code).Distinct() }),
        }], e => e is DbUpdateConcurrencyException ? Changed() : null, cancellationToken);
        return conflict is null ? ToView(course, conflicts) : await Refuse([conflict], course.ClinicId);
    }

    private static Result<CourseChange> StatusChange(TreatmentCourse course, Func<TreatmentCourse, Result<TreatmentCourse>> transition)
    {
        var before = CourseWireNames.Of(course.Status);
        var result = transition(course);
        return result.IsSuccess
            ? new CourseChange([new FieldChange("status", before, CourseWireNames.Of(course.Status))], null, null)
            : Result<CourseChange>.Failure(result.Errors);
    }

    /// <summary>The double-bookings of the course's sessions: among themselves, and with the sessions of the clinic's other
    /// planned or running courses that overlap its span (the patient's own, and any sharing a room or a staff member).</summary>
    private async Task<IReadOnlyList<ConflictView>> ConflictsAsync(TreatmentCourse course, CancellationToken cancellationToken)
    {
        var own = course.Sessions;
        if (own.Count == 0)
        {
            return [];
        }
        var to = own.Max(s => s.EndsAtUtc);
        var from = own.Min(s => s.StartsAtUtc).AddMinutes(-SessionSlot.MaxDurationMinutes);
        var others = await db.CourseSessions.AsNoTracking()
            .Where(s => s.StartsAtUtc < to && s.StartsAtUtc > from)
            .Join(db.TreatmentCourses.Where(c => c.ClinicId == course.ClinicId && c.Id != course.Id
                    && (c.Status == CourseStatus.Planned || c.Status == CourseStatus.InProgress)),
                s => EF.Property<Guid>(s, "CourseId"), c => c.Id, (s, c) => new { Session = s, CourseId = c.Id, c.PatientId })
            .Where(x => x.PatientId == course.PatientId || x.Session.Room != null || x.Session.StaffUserId != null)
            .ToListAsync(cancellationToken);
        var courseOf = others.ToDictionary(o => o.Session.Id, o => o.CourseId);
        var ownIds = own.Select(s => s.Id).ToHashSet();
        var slots = own.Select(s => s.ToBookedSlot(course.PatientId)).Concat(others.Select(o => o.Session.ToBookedSlot(o.PatientId)));
        return [.. DoubleBookings.Find(slots).Where(c => ownIds.Contains(c.FirstSessionId) || ownIds.Contains(c.SecondSessionId)).Select(c =>
        {
            var (mine, other) = ownIds.Contains(c.FirstSessionId) ? (c.FirstSessionId, c.SecondSessionId) : (c.SecondSessionId, c.FirstSessionId);
            return new ConflictView(c.Code, mine, other, courseOf.TryGetValue(other, out var otherCourse) ? otherCourse : null, c.IsRefused);
        })];
    }

    private static ConflictError PatientDoubleBooked(ConflictView clash) => new(CourseErrorCodes.PatientDoubleBooked, clash.OtherCourseId is { } other
        ? $"The patient already has a session of another course ({other:D}) at that time."
        : $"The patient already has session {clash.OtherSessionId:D} of this course at that time.");

    private static CourseView ToView(TreatmentCourse c, IReadOnlyList<ConflictView> conflicts)
    {
        var zone = c.TimeZoneId;
        return new CourseView(c.Id, c.ClinicId, c.PatientId, c.TemplateId, c.ConsultationId, CourseTemplateInput.From(c.Template), ClinicTime.Format(c.StartsOn),
            ClinicTime.Format(c.EndsOn), zone, CourseWireNames.Of(c.Status), c.StopReason, c.PlannedByUserId, Utc(c.CreatedAtUtc),
            c.StartedAtUtc is { } started ? Utc(started) : null, c.EndedAtUtc is { } ended ? Utc(ended) : null,
            [.. c.Sessions.Select(s => new SessionView(s.Id, CourseWireNames.Of(s.Kind), s.LocalStart, ClinicTime.Local(s.EndsAtUtc, zone),
                s.DurationMinutes, ClinicTime.Format(s.LocalDate), s.InfusionNumber, s.Timepoint is { } t ? CourseWireNames.Of(t) : null,
                [.. s.Assessments.Select(CourseWireNames.Of)], s.Room, s.StaffUserId,
                [.. s.History.Select(h => new RescheduleView(ClinicTime.Local(h.FromStartsAtUtc, zone), h.FromDurationMinutes,
                    ClinicTime.Local(h.ToStartsAtUtc, zone), h.ToDurationMinutes, h.Reason, h.ByUserId, Utc(h.ChangedAtUtc)))]))],
            [.. c.Unplaced.Select(u => new UnplacedView(CourseWireNames.Of(u.Kind), u.CourseWeek, u.Count))],
            [.. c.Medications.Select(m => new MedicationView(m.Id, CourseWireNames.Of(m.Medication), m.Name, m.DoseText, ClinicTime.Format(m.StartsOn),
                m.StopsOn is { } stop ? ClinicTime.Format(stop) : null))],
            conflicts, c.Version.ToString("N"));
    }

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static AuditEntry Entry(string action, Guid? clinicId, Guid? courseId) => new(action, AuditOutcome.Success)
    {
        ClinicId = clinicId,
        EntityType = EntityType,
        EntityId = courseId?.ToString("D"),
    };

    private static ConflictError Changed() => new(ConflictError.VersionMismatch, "The course was changed by someone else; reload and try again.");
}
