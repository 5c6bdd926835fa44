using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Results;
using MndCare.Domain.Tcm.Acupoints;
using MndCare.Domain.Tcm.Visits;
using MndCare.Persistence;

namespace MndCare.Application.Tcm.Visits;

/// <summary>TCM visits (pattern differentiation) and acupuncture, moxibustion and tuina sessions of a patient, scoped by the patient's
/// clinic and audited; the clinic's own patterns.</summary>
/// <remarks>docs/tcm/visits-and-sessions.md; ADR 0031. TCM practitioners (<see cref="Permission.RecordTcmRecords"/>) record; clinicians,
/// nurses, practitioners and auditors (<see cref="Permission.ReadTcmRecords"/>) read; a patient of another clinic is "not found". A session
/// given against a course slot fills it (one session per slot, the slot's modality, a planned or running course of the same patient).</remarks>
public sealed class TcmRecords(MndCareDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The entity types written to the audit trail.</summary>
    public const string VisitEntityType = "tcmVisit", SessionEntityType = "tcmSession", PatternEntityType = "tcmPattern", RecordEntityType = "patient";

    /// <summary>The audited actions.</summary>
    public const string RecordVisitAction = "tcmVisit.record", RecordSessionAction = "tcmSession.record", ReadAction = "tcmRecord.read",
        AddPatternAction = "tcmPattern.add", SlotReadAction = "tcmSlot.read";

    /// <summary>The shipped patterns and the clinic's own, shipped first (reference data; not audited).</summary>
    public async Task<IReadOnlyList<TcmPatternView>> PatternsAsync(Guid clinicId, CancellationToken cancellationToken)
    {
        var own = await db.ClinicTcmPatterns.AsNoTracking().Where(p => p.ClinicId == clinicId).OrderBy(p => p.AddedAtUtc).ToListAsync(cancellationToken);
        return [.. TcmPatternCatalogue.Shipped.Concat(own.Select(p => p.ToPattern())).Select(ToView)];
    }

    /// <summary>The clinics where the actor may add patterns (for the page's clinic choice).</summary>
    public static IReadOnlyList<Guid> PatternClinics(Actor actor) => (actor ?? throw new ArgumentNullException(nameof(actor))).ClinicsGranting(Permission.ManageTcmPatterns);

    /// <summary>Adds a pattern to a clinic's list; <paramref name="clinicId"/> is needed only for someone who manages several clinics.</summary>
    public async Task<Result<TcmPatternView>> AddPatternAsync(Actor actor, Guid? clinicId, ClinicPatternInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var clinics = PatternClinics(actor);
        var clinic = clinicId ?? (clinics.Count == 1 ? clinics[0] : null);
        var entry = new AuditEntry(AddPatternAction, AuditOutcome.Success) { ClinicId = clinic, EntityType = PatternEntityType };
        if (clinic is null || !clinics.Contains(clinic.Value))
        {
            return await audit.RefuseAsync<TcmPatternView>(actor, clinicId is null
                ? new ValidationError("clinicId", ValidationError.Required, "Choose the clinic.")
                : new NotFoundError("clinic"), entry);
        }
        var id = RecordId.New(clock);
        var made = TcmPatternLimits.ClinicPattern(id, input.ChineseName, input.EnglishName);
        if (!made.IsSuccess)
        {
            return await audit.RefuseAsync<TcmPatternView>(actor, made.Errors, entry);
        }
        db.ClinicTcmPatterns.Add(ClinicTcmPattern.Add(id, clinic.Value, made.Value, actor.UserId!.Value, clock.GetUtcNow()));
        await audit.SaveAsync(actor, [entry with
        {
            EntityId = made.Value.Code,
            Changes = [new FieldChange("chineseName", null, made.Value.ChineseName), new FieldChange("englishName", null, made.Value.EnglishName)],
        }], cancellationToken);
        return ToView(made.Value);
    }

    /// <summary>Records a visit: one or more patterns, tongue, pulse and notes.</summary>
    public async Task<Result<TcmVisitView>> RecordVisitAsync(Actor actor, Guid patientId, TcmVisitDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(draft);
        var entry = Entry(RecordVisitAction, VisitEntityType, null, null) with { Details = JsonSerializer.Serialize(new { patientId }) };
        var clinicId = await PatientClinicAsync(actor, patientId, Permission.RecordTcmRecords, cancellationToken);
        if (clinicId is null)
        {
            return await audit.RefuseAsync<TcmVisitView>(actor, new NotFoundError("patient"), entry);
        }
        var patterns = await PatternsAsync(clinicId.Value, cancellationToken);
        var recorded = TcmVisit.Record(RecordId.New(clock), clinicId.Value, patientId, draft, patterns.Select(p => p.Code).ToHashSet(StringComparer.Ordinal),
            actor.UserId!.Value, clock.GetUtcNow());
        if (!recorded.IsSuccess)
        {
            return await audit.RefuseAsync<TcmVisitView>(actor, recorded.Errors, entry with { ClinicId = clinicId });
        }
        var visit = recorded.Value;
        db.TcmVisits.Add(visit);
        await audit.SaveAsync(actor, [Entry(RecordVisitAction, VisitEntityType, clinicId, visit.Id) with
        {
            Changes = [new FieldChange("patternCodes", null, string.Join(",", visit.PatternCodes)), new FieldChange("tongue", null, visit.Tongue),
                new FieldChange("pulse", null, visit.Pulse), new FieldChange("notes", null, visit.Notes)],
            Details = JsonSerializer.Serialize(new { patientId }),
        }], cancellationToken);
        return ToView(visit, patterns);
    }

    /// <summary>Records an acupuncture, moxibustion or tuina session, filling the course slot it names.</summary>
    public async Task<Result<TcmSessionView>> RecordSessionAsync(Actor actor, Guid patientId, TcmSessionDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(draft);
        var entry = Entry(RecordSessionAction, SessionEntityType, null, null) with
        {
            Details = JsonSerializer.Serialize(new { patientId, draft.Modality, draft.CourseSessionId }),
        };
        var clinicId = await PatientClinicAsync(actor, patientId, Permission.RecordTcmRecords, cancellationToken);
        if (clinicId is null)
        {
            return await audit.RefuseAsync<TcmSessionView>(actor, new NotFoundError("patient"), entry);
        }
        entry = entry with { ClinicId = clinicId };
        CourseSlot? slot = null;
        if (draft.CourseSessionId is { } slotId)
        {
            var found = await OpenSlotAsync(patientId, slotId, cancellationToken);
            if (!found.IsSuccess)
            {
                return await audit.RefuseAsync<TcmSessionView>(actor, found.Errors, entry);
            }
            slot = found.Value;
        }
        var recorded = TcmSession.Record(RecordId.New(clock), clinicId.Value, patientId, draft, slot, AcupointCatalogue.Shipped, actor.UserId!.Value,
            clock.GetUtcNow());
        if (!recorded.IsSuccess)
        {
            return await audit.RefuseAsync<TcmSessionView>(actor, recorded.Errors, entry);
        }
        var session = recorded.Value;
        db.TcmSessions.Add(session);
        // Two practitioners filling one slot at once: the unique index refuses the second.
        var error = await audit.SaveAsync(actor, [Entry(RecordSessionAction, SessionEntityType, clinicId, session.Id) with
        {
            Changes = SessionChanges(session),
            Details = JsonSerializer.Serialize(new { patientId, session.CourseId, session.CourseSessionId }),
        }], _ => slot is null ? null : SlotDone(), cancellationToken);
        return error is null ? ToView(session) : await audit.RefuseAsync<TcmSessionView>(actor, error, entry);
    }

    /// <summary>A patient's TCM visits and sessions, newest first.</summary>
    public async Task<Result<TcmRecordView>> GetRecordAsync(Actor actor, Guid patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clinicId = await PatientClinicAsync(actor, patientId, Permission.ReadTcmRecords, cancellationToken);
        if (clinicId is null)
        {
            await audit.RecordAsync(actor, Entry(ReadAction, RecordEntityType, null, patientId) with { Outcome = AuditOutcome.NotFound }, cancellationToken);
            return new NotFoundError("patient");
        }
        var visits = await db.TcmVisits.AsNoTracking().Where(v => v.PatientId == patientId).ToListAsync(cancellationToken);
        var sessions = await db.TcmSessions.AsNoTracking().Where(s => s.PatientId == patientId).ToListAsync(cancellationToken);
        var patterns = await PatternsAsync(clinicId.Value, cancellationToken);
        var zone = await TimeZoneAsync(clinicId.Value, cancellationToken);
        await audit.RecordAsync(actor, Entry(ReadAction, RecordEntityType, clinicId, patientId) with
        {
            Details = JsonSerializer.Serialize(new { visitIds = visits.Select(v => v.Id), sessionIds = sessions.Select(s => s.Id) }),
        }, cancellationToken);
        return new TcmRecordView(patientId, clinicId.Value, zone,
            [.. visits.OrderByDescending(v => v.VisitedAtUtc).Select(v => ToView(v, patterns))],
            [.. sessions.OrderByDescending(s => s.PerformedAtUtc).Select(ToView)], AcupointCatalogue.Attribution);
    }

    /// <summary>A TCM slot of a course, for the practitioner who fills it: its patient, kind, time and the session that filled it.</summary>
    public async Task<Result<TcmSlotView>> GetSlotAsync(Actor actor, Guid courseSessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clinics = actor.ClinicsGranting(Permission.RecordTcmRecords);
        var course = await db.TreatmentCourses.AsNoTracking().Where(c => clinics.Contains(c.ClinicId) && c.Sessions.Any(s => s.Id == courseSessionId))
            .Select(c => new { c.Id, c.ClinicId, c.PatientId }).SingleOrDefaultAsync(cancellationToken);
        var slot = course is null ? null : await db.CourseSessions.AsNoTracking().Where(s => s.Id == courseSessionId)
            .Select(s => new { course.ClinicId, CourseId = course.Id, course.PatientId, s.Kind, s.StartsAtUtc, s.TimeZoneId }).SingleAsync(cancellationToken);
        var entry = Entry(SlotReadAction, "courseSession", slot?.ClinicId, courseSessionId);
        if (slot is null)
        {
            await audit.RecordAsync(actor, entry with { Outcome = AuditOutcome.NotFound }, cancellationToken);
            return new NotFoundError("courseSession");
        }
        var filledBy = await db.TcmSessions.AsNoTracking().Where(s => s.CourseSessionId == courseSessionId).Select(s => (Guid?)s.Id).SingleOrDefaultAsync(cancellationToken);
        await audit.RecordAsync(actor, entry with { Details = JsonSerializer.Serialize(new { slot.PatientId, slot.CourseId }) }, cancellationToken);
        return new TcmSlotView(slot.CourseId, courseSessionId, slot.PatientId, CourseWireNames.Of(slot.Kind),
            Domain.Time.ClinicTime.Local(slot.StartsAtUtc, slot.TimeZoneId), filledBy);
    }

    /// <summary>The clinic's IANA time zone, in which its staff type times.</summary>
    public Task<string> TimeZoneAsync(Guid clinicId, CancellationToken cancellationToken) =>
        db.Clinics.AsNoTracking().Where(c => c.Id == clinicId).Select(c => c.TimeZoneId).SingleAsync(cancellationToken);

    /// <summary>The TCM sessions that filled slots of a course, by slot id (the course page marks those slots done; it audits its own read).</summary>
    public async Task<IReadOnlyDictionary<Guid, Guid>> FilledSlotsAsync(Guid courseId, CancellationToken cancellationToken) =>
        await db.TcmSessions.AsNoTracking().Where(s => s.CourseId == courseId && s.CourseSessionId != null)
            .ToDictionaryAsync(s => s.CourseSessionId!.Value, s => s.Id, cancellationToken);

    // The patient's clinic when the actor holds the permission there; null otherwise (the caller answers "not found").
    private async Task<Guid?> PatientClinicAsync(Actor actor, Guid patientId, Permission permission, CancellationToken cancellationToken)
    {
        var clinics = actor.ClinicsGranting(permission);
        return await db.Patients.AsNoTracking().Where(p => p.Id == patientId && clinics.Contains(p.ClinicId)).Select(p => (Guid?)p.ClinicId)
            .SingleOrDefaultAsync(cancellationToken);
    }

    // The slot, when it is a session of a planned or running course of this patient and not yet filled.
    private async Task<Result<CourseSlot>> OpenSlotAsync(Guid patientId, Guid slotId, CancellationToken cancellationToken)
    {
        // Two queries: a session read through its course's collection needs SQL APPLY, which SQLite lacks.
        var course = await db.TreatmentCourses.AsNoTracking().Where(c => c.PatientId == patientId && c.Sessions.Any(s => s.Id == slotId))
            .Select(c => new { c.Id, c.Status }).SingleOrDefaultAsync(cancellationToken);
        if (course is null)
        {
            return new NotFoundError("courseSession");
        }
        var kind = await db.CourseSessions.AsNoTracking().Where(s => s.Id == slotId).Select(s => s.Kind).SingleAsync(cancellationToken);
        if (course.Status is not (CourseStatus.Planned or CourseStatus.InProgress))
        {
            return new ConflictError(TcmErrorCodes.CourseClosed, "The course is completed or stopped; its slots take no new sessions.");
        }
        if (await db.TcmSessions.AnyAsync(s => s.CourseSessionId == slotId, cancellationToken))
        {
            return SlotDone();
        }
        return new CourseSlot(course.Id, slotId, kind);
    }

    private static ConflictError SlotDone() => new(TcmErrorCodes.SlotAlreadyDone, "A session is already recorded for this course slot.");

    private static IReadOnlyList<FieldChange> SessionChanges(TcmSession s) =>
    [
        new("modality", null, CourseWireNames.Of(s.Modality)),
        new("performedAt", null, Utc(s.PerformedAtUtc).ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        new("points", null, s.Points.Count == 0 ? null : string.Join(",", s.Points.Select(p => p.Code + ":" + TcmWireNames.Of(p.Side)))),
        new("technique", null, s.Technique is { } t ? TcmWireNames.Of(t) : null),
        new("frequencyHz", null, s.FrequencyHz?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("retentionMinutes", null, s.RetentionMinutes?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("region", null, s.Region),
        new("method", null, s.Method),
        new("durationMinutes", null, s.DurationMinutes?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("notes", null, s.Notes),
    ];

    private static TcmPatternView ToView(TcmPattern p) => new(p.Code, p.ChineseName, p.EnglishName, p.Tm1Code, p.Source);

    // A pattern code no longer on the list (never expected: clinic patterns are kept) still shows as its code.
    private static TcmVisitView ToView(TcmVisit v, IReadOnlyList<TcmPatternView> patterns) => new(v.Id, v.PatientId, Utc(v.VisitedAtUtc),
        [.. v.PatternCodes.Select(code => patterns.FirstOrDefault(p => p.Code == code) ?? new TcmPatternView(code, code, code, null, "unknown"))],
        v.Tongue, v.Pulse, v.Notes, v.RecordedByUserId, Utc(v.RecordedAtUtc));

    private static TcmSessionView ToView(TcmSession s) => new(s.Id, s.PatientId, CourseWireNames.Of(s.Modality), Utc(s.PerformedAtUtc), s.CourseId,
        s.CourseSessionId,
        [.. s.Points.Select(p => new NeedledPointView(p.Code, TcmWireNames.Of(p.Side),
            AcupointSearch.ToView(AcupointCatalogue.Shipped.Points.Single(point => point.Code == p.Code))))],
        s.Technique is { } t ? TcmWireNames.Of(t) : null, s.FrequencyHz, s.RetentionMinutes, s.Region, s.Method, s.DurationMinutes, s.Notes,
        s.RecordedByUserId, Utc(s.RecordedAtUtc));

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    private static AuditEntry Entry(string action, string entityType, Guid? clinicId, Guid? id) => new(action, AuditOutcome.Success)
    {
        ClinicId = clinicId,
        EntityType = entityType,
        EntityId = id?.ToString("D"),
    };
}
