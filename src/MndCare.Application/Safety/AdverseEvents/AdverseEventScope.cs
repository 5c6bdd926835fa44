using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Application.Infusions;
using MndCare.Application.Tcm.Prescriptions;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Results;
using MndCare.Domain.Safety.AdverseEvents;
using MndCare.Persistence;

namespace MndCare.Application.Safety.AdverseEvents;

/// <summary>What every adverse-event use case shares: the patient's clinic in the actor's scope, the suspects from the patient's
/// record, the clinic's expected list, the serious-event notices, the view and the audit entry.</summary>
/// <remarks>docs/safety/adverse-events.md; ADR 0033.</remarks>
public sealed class AdverseEventScope(MndCareDbContext db, AuditTrail audit, TimeProvider clock, LotRecipients recipients,
    IOptions<ReportingOptions> reporting, ISeriousEventMail mail, HerbalPrescriptions herbalPrescriptions)
{
    /// <summary>The entity type written to the audit trail.</summary>
    public const string EntityType = "adverseEvent";

    /// <summary>The deadlines configured for this deployment's jurisdiction.</summary>
    public ReportingTimelines Timelines => new(reporting.Value.Jurisdiction, reporting.Value.FatalOrLifeThreateningDays, reporting.Value.OtherSeriousDays);

    /// <summary>The database.</summary>
    internal MndCareDbContext Db => db;

    /// <summary>The audit trail.</summary>
    internal AuditTrail Audit => audit;

    /// <summary>The clock.</summary>
    internal TimeProvider Clock => clock;

    /// <summary>The patient's clinic when some role of the actor grants <paramref name="permission"/> there; null otherwise.</summary>
    internal async Task<Domain.Clinics.Clinic?> PatientClinicAsync(Actor actor, Guid patientId, Permission permission, CancellationToken cancellationToken)
    {
        var clinics = actor.ClinicsGranting(permission);
        var clinicId = await db.Patients.AsNoTracking().Where(p => p.Id == patientId && clinics.Contains(p.ClinicId))
            .Select(p => (Guid?)p.ClinicId).SingleOrDefaultAsync(cancellationToken);
        return clinicId is null ? null : await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == clinicId, cancellationToken);
    }

    /// <summary>The clinic's expected events: its own list, or the shipped defaults until it has one.</summary>
    internal async Task<IReadOnlyList<string>> ExpectedTermsAsync(Guid clinicId, CancellationToken cancellationToken)
    {
        var own = await db.ExpectedEvents.AsNoTracking().Where(e => e.ClinicId == clinicId).Select(e => e.Term).ToListAsync(cancellationToken);
        return own.Count > 0 ? own : [.. ExpectedEvent.Defaults.Select(d => d.Term)];
    }

    /// <summary>The suspects the patient's record offers: each lot infused (with its units), each infusion as a procedure, each
    /// concomitant medication taken on the onset day (every one when the onset is unknown), each herbal prescription taken in the
    /// <see cref="TcmSuspects.PrescriptionLookbackDays"/> up to the onset (as a formula, and each herb with its batch), and each acupuncture,
    /// moxibustion or tuina session on or before the onset (as a procedure).</summary>
    internal async Task<IReadOnlyList<(SuspectKind Kind, Guid ReferenceId, string Label)>> SuspectCandidatesAsync(Guid patientId, DateOnly? onsetOn,
        string timeZoneId, CancellationToken cancellationToken)
    {
        var infusions = await db.Infusions.AsNoTracking().Where(i => i.PatientId == patientId && i.StartedAtUtc != null)
            .Join(db.Lots, i => i.LotId, l => l.Id, (i, l) => new { Infusion = i, l.Details.LotNumber }).ToListAsync(cancellationToken);
        var candidates = new List<(SuspectKind, Guid, string)>();
        foreach (var row in infusions.OrderBy(r => r.Infusion.StartedAtUtc))
        {
            var started = Domain.Time.ClinicTime.LocalDate(row.Infusion.StartedAtUtc!.Value, timeZoneId);
            if (onsetOn is { } onset && started > onset)
            {
                continue;
            }
            candidates.Add((SuspectKind.Lot, row.Infusion.LotId, $"{row.LotNumber.Value} ({string.Join(", ", row.Infusion.UnitCodes)})"));
            candidates.Add((SuspectKind.Procedure, row.Infusion.Id, Domain.Time.ClinicTime.Format(started)));
        }
        var courses = await db.TreatmentCourses.AsNoTracking().Where(c => c.PatientId == patientId).ToListAsync(cancellationToken);
        foreach (var medication in courses.SelectMany(c => c.Medications).Where(m => onsetOn is not { } day || m.IsActiveOn(day)))
        {
            candidates.Add((SuspectKind.ConcomitantMedication, medication.Id,
                medication.Medication == KnownMedication.Other ? medication.Name! : CourseWireNames.Of(medication.Medication)));
        }
        var sessions = await db.TcmSessions.AsNoTracking().Where(t => t.PatientId == patientId).ToListAsync(cancellationToken);
        foreach (var session in sessions.OrderBy(t => t.PerformedAtUtc))
        {
            var performed = Domain.Time.ClinicTime.LocalDate(session.PerformedAtUtc, timeZoneId);
            if (onsetOn is not { } onset || performed <= onset)
            {
                var points = session.Points.Count > 0 ? $" ({string.Join(", ", session.Points.Select(p => p.Code))})" : session.Region is null ? "" : $" ({session.Region})";
                candidates.Add((SuspectKind.Procedure, session.Id, $"{CourseWireNames.Of(session.Modality)} {Domain.Time.ClinicTime.Format(performed)}{points}"));
            }
        }
        var to = onsetOn ?? Domain.Time.ClinicTime.LocalDate(clock.GetUtcNow(), timeZoneId);
        var prescriptions = await herbalPrescriptions.TakenBetweenAsync(patientId, to.AddDays(-TcmSuspects.PrescriptionLookbackDays), to, timeZoneId,
            cancellationToken);
        candidates.AddRange(prescriptions.SelectMany(TcmSuspects.Of));
        return candidates;
    }

    /// <summary>Adds a notice for every safety officer of the event's clinic who has none for it yet, when the event is recorded and
    /// serious; returns the e-mails to send after the save.</summary>
    internal async Task<IReadOnlyList<SeriousEventNotice>> NotifyOfficersAsync(AdverseEvent adverseEvent, CancellationToken cancellationToken)
    {
        if (!adverseEvent.IsSerious || adverseEvent.Status == AdverseEventStatus.Draft)
        {
            return [];
        }
        var officers = await db.SafetyOfficers.AsNoTracking().Where(o => o.ClinicId == adverseEvent.ClinicId)
            .Where(o => !db.SafetyNotifications.Any(n => n.AdverseEventId == adverseEvent.Id && n.UserId == o.UserId))
            .Join(db.Users.Where(u => u.DeactivatedAtUtc == null), o => o.UserId, u => u.Id, (o, u) => new { u.Id, u.Email, u.DisplayName })
            .ToListAsync(cancellationToken);
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == adverseEvent.ClinicId, cancellationToken);
        var due = adverseEvent.Clock(Timelines)?.DueOn;
        var notices = new List<SeriousEventNotice>();
        foreach (var officer in officers)
        {
            db.SafetyNotifications.Add(new SafetyNotification(RecordId.New(clock), adverseEvent.ClinicId, officer.Id, adverseEvent.Id,
                clock.GetUtcNow().UtcDateTime));
            notices.Add(new SeriousEventNotice(officer.Email!, officer.DisplayName, clinic.Name, adverseEvent.Id, adverseEvent.Term, adverseEvent.Grade,
                [.. adverseEvent.Seriousness.Select(AdverseEventWireNames.Of)], due));
        }
        return notices;
    }

    /// <summary>Sends the e-mails of <paramref name="notices"/> (after the notices are saved).</summary>
    internal async Task SendAsync(IReadOnlyList<SeriousEventNotice> notices, CancellationToken cancellationToken)
    {
        foreach (var notice in notices)
        {
            await mail.SendAsync(notice, cancellationToken);
        }
    }

    /// <summary>The view; <paramref name="coded"/> leaves out the patient's identity (the cell lab).</summary>
    internal async Task<AdverseEventView> ViewAsync(AdverseEvent e, bool coded, CancellationToken cancellationToken)
    {
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == e.ClinicId, cancellationToken);
        var name = coded ? null : await db.Patients.AsNoTracking().Where(p => p.Id == e.PatientId).Select(p => p.NativeName).SingleAsync(cancellationToken);
        var assessors = e.Suspects.Where(s => s.AssessedByUserId is not null).Select(s => s.AssessedByUserId!.Value).Distinct().ToList();
        var names = coded ? [] : await db.Users.AsNoTracking().Where(u => assessors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return View(e, clinic.TimeZoneId, clinic.LocalDate(clock.GetUtcNow()), coded, name, names);
    }

    internal AdverseEventView View(AdverseEvent e, string timeZoneId, DateOnly today, bool coded, string? patientName,
        IReadOnlyDictionary<Guid, string> assessorNames)
    {
        var reportClock = e.Clock(Timelines);
        return new AdverseEventView(e.Id, coded ? null : e.PatientId, patientName, recipients.RecipientCode(e.PatientId), Wire(e.Status),
            Wire(e.Source), e.Term, e.TermKey, e.MeddraCode, e.CtcaeVersion, e.Grade, e.OnsetOn, e.ResolvedOn, [.. e.Seriousness.Select(Wire)], e.IsSerious,
            e.Expected, Wire(e.ActionTaken), Wire(e.Outcome), coded ? null : e.Description, e.InfusionId, e.LabResultId, e.FirstKnownOn, Wire(e.Relatedness),
            reportClock?.DueOn, reportClock?.Days, reportClock?.IsOverdue(today) ?? false, e.ReportedOn,
            [.. e.Suspects.Select(s => new SuspectView(s.Id, Wire(s.Kind), s.ReferenceId, s.Label, s.Causality is { } c ? Wire(c) : null,
                coded ? null : s.AssessedByUserId, s.AssessedByUserId is { } by && assessorNames.TryGetValue(by, out var n) ? n : null,
                s.AssessedAtUtc is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null))],
            timeZoneId, e.Version.ToString("N"));
    }

    /// <summary>The audit entry of an action on an event (the patient in the details).</summary>
    internal static AuditEntry Entry(string action, Guid? clinicId, Guid? eventId, object? details = null) => new(action, AuditOutcome.Success)
    {
        ClinicId = clinicId,
        EntityType = EntityType,
        EntityId = eventId?.ToString("D"),
        Details = details is null ? null : JsonSerializer.Serialize(details, JsonSerializerOptions.Web),
    };

    /// <summary>"Not found", audited.</summary>
    internal Task<Result<T>> NotFoundAsync<T>(Actor actor, string action, Guid? id, string entity = EntityType) =>
        audit.RefuseAsync<T>(actor, new NotFoundError(entity), Entry(action, null, id) with { Outcome = AuditOutcome.NotFound });

    internal static ConflictError Changed() =>
        new(ConflictError.VersionMismatch, "The adverse event was changed by someone else meanwhile; reload and try again.");

    private static string Wire<T>(T value) where T : struct, Enum => AdverseEventWireNames.Of(value);
}
