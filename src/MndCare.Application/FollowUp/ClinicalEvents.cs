using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Application.Patients;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.FollowUp;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Results;
using MndCare.Domain.Time;
using MndCare.Persistence;

namespace MndCare.Application.FollowUp;

/// <summary>Record a patient's clinical events (gastrostomy, non-invasive ventilation, ventilation more than 23 hours a day,
/// tracheostomy, death) and "known alive" dates: clinicians and nurses of the patient's clinic (<see cref="Permission.ManageFollowUp"/>);
/// anyone else finds nothing. Every save and refusal audited.</summary>
/// <remarks>docs/outcomes/follow-up.md, "Clinical events and vital status". A death also sets the patient's death date in the registry, in
/// the same save, which closes the follow-up still open.</remarks>
public sealed class ClinicalEvents(MndCareDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The entity types written to the audit trail.</summary>
    public const string EventEntityType = "clinicalEvent", VitalStatusEntityType = "vitalStatusCheck";

    /// <summary>The audited actions.</summary>
    public const string RecordEventAction = "clinicalEvent.record", RecordVitalStatusAction = "vitalStatus.record";

    /// <summary>Records an event; a second event of the same kind is refused (<see cref="FollowUpErrorCodes.EventAlreadyRecorded"/>).</summary>
    public async Task<Result<ClinicalEventView>> RecordEventAsync(Actor actor, Guid patientId, ClinicalEventInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var entry = new AuditEntry(RecordEventAction, AuditOutcome.Success)
        {
            EntityType = EventEntityType,
            Details = JsonSerializer.Serialize(new { patientId, kind = input.Kind, occurredOn = input.OccurredOn }),
        };
        if (await FollowUpScope.PatientAsync(db, actor, patientId, Permission.ManageFollowUp, allowOwn: false, tracked: true, cancellationToken)
            is not var (patient, clinic))
        {
            return await audit.RefuseAsync<ClinicalEventView>(actor, new NotFoundError("patient"), entry with { Outcome = AuditOutcome.NotFound });
        }
        entry = entry with { ClinicId = clinic.Id };
        var errors = new List<Error>();
        var kind = FollowUpWireNames.ParseKind(input.Kind);
        if (kind is null)
        {
            errors.Add(new ValidationError("kind", "invalidValue",
                "kind must be gastrostomy, nonInvasiveVentilation, permanentVentilation, tracheostomy or death."));
        }
        if (input.OccurredOn is null)
        {
            errors.Add(new ValidationError("occurredOn", ValidationError.Required, "occurredOn is required."));
        }
        var now = clock.GetUtcNow();
        var recorded = errors.Count > 0 ? Result<ClinicalEvent>.Failure(errors)
            : ClinicalEvent.Record(RecordId.New(clock), patient.Id, clinic.Id, kind!.Value, input.OccurredOn!.Value, input.Note, ClinicalEventSource.Clinic,
                FollowUpScope.DatesOf(patient, clinic, now), actor.UserId!.Value, now);
        if (!recorded.IsSuccess)
        {
            return await audit.RefuseAsync<ClinicalEventView>(actor, recorded.Errors, entry with { Outcome = AuditOutcome.Invalid });
        }
        var clinicalEvent = recorded.Value;
        if (await db.ClinicalEvents.AnyAsync(e => e.PatientId == patientId && e.Kind == clinicalEvent.Kind, cancellationToken))
        {
            return await audit.RefuseAsync<ClinicalEventView>(actor, AlreadyRecorded(), entry);
        }
        if (clinicalEvent.Kind == ClinicalEventKind.Death && await LastKnownAliveAsync(patientId, cancellationToken) is { } alive && alive > clinicalEvent.OccurredOn)
        {
            return await audit.RefuseAsync<ClinicalEventView>(actor, new ValidationError("occurredOn", FollowUpErrorCodes.KnownAliveLater,
                $"The patient was known alive on {ClinicTime.Format(alive)}, after this date."), entry with { Outcome = AuditOutcome.Invalid });
        }
        db.ClinicalEvents.Add(clinicalEvent);
        List<AuditEntry> entries = [entry with
        {
            EntityId = clinicalEvent.Id.ToString("D"),
            Changes =
            [
                new FieldChange("kind", null, FollowUpWireNames.Of(clinicalEvent.Kind)),
                new FieldChange("occurredOn", null, ClinicTime.Format(clinicalEvent.OccurredOn)),
                new FieldChange("note", null, clinicalEvent.Note),
            ],
        }];
        if (clinicalEvent.Kind == ClinicalEventKind.Death && patient.DeathDate != clinicalEvent.OccurredOn)
        {
            var changes = patient.Update(patient.Details with { DeathDate = clinicalEvent.OccurredOn }, now, RecordId.New(clock));
            entries.Add(new AuditEntry("patient.update", AuditOutcome.Success)
            {
                ClinicId = clinic.Id,
                EntityType = PatientRegistry.EntityType,
                EntityId = patient.Id.ToString("D"),
                Changes = changes,
                Details = JsonSerializer.Serialize(new { clinicalEvent = clinicalEvent.Id }),
            });
        }
        // The unique index on (patient, kind): someone recorded the same event meanwhile; the patient's version: someone edited the record.
        var conflict = await audit.SaveAsync(actor, entries, e => e is DbUpdateConcurrencyException
            ? new ConflictError(ConflictError.VersionMismatch, "The patient's record was changed meanwhile; try again.")
            : AlreadyRecorded(), cancellationToken);
        return conflict is null ? FollowUpSchedules.ToView(clinicalEvent) : await audit.RefuseAsync<ClinicalEventView>(actor, conflict, entry);
    }

    /// <summary>Records that the patient was known to be alive on a date.</summary>
    public async Task<Result<VitalStatusView>> RecordVitalStatusAsync(Actor actor, Guid patientId, VitalStatusInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var entry = new AuditEntry(RecordVitalStatusAction, AuditOutcome.Success)
        {
            EntityType = VitalStatusEntityType,
            Details = JsonSerializer.Serialize(new { patientId, knownAliveOn = input.KnownAliveOn }),
        };
        if (await FollowUpScope.PatientAsync(db, actor, patientId, Permission.ManageFollowUp, allowOwn: false, tracked: false, cancellationToken)
            is not var (patient, clinic))
        {
            return await audit.RefuseAsync<VitalStatusView>(actor, new NotFoundError("patient"), entry with { Outcome = AuditOutcome.NotFound });
        }
        entry = entry with { ClinicId = clinic.Id };
        var now = clock.GetUtcNow();
        var recorded = input.KnownAliveOn is not { } on
            ? Result<VitalStatusCheck>.Failure(new ValidationError("knownAliveOn", ValidationError.Required, "knownAliveOn is required."))
            : VitalStatusCheck.Record(RecordId.New(clock), patient.Id, clinic.Id, on, ClinicalEventSource.Clinic, FollowUpScope.DatesOf(patient, clinic, now),
                actor.UserId!.Value, now);
        if (!recorded.IsSuccess)
        {
            return await audit.RefuseAsync<VitalStatusView>(actor, recorded.Errors, entry with { Outcome = AuditOutcome.Invalid });
        }
        db.VitalStatusChecks.Add(recorded.Value);
        await audit.SaveAsync(actor, [entry with
        {
            EntityId = recorded.Value.Id.ToString("D"),
            Changes = [new FieldChange("knownAliveOn", null, ClinicTime.Format(recorded.Value.KnownAliveOn))],
        }], cancellationToken);
        return FollowUpSchedules.ToView(recorded.Value);
    }

    // The latest date the patient is known to have been alive: a "known alive" check, another event, or an ALSFRS-R rating.
    private async Task<DateOnly?> LastKnownAliveAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var checks = await db.VitalStatusChecks.Where(c => c.PatientId == patientId).MaxAsync(c => (DateOnly?)c.KnownAliveOn, cancellationToken);
        var events = await db.ClinicalEvents.Where(e => e.PatientId == patientId && e.Kind != ClinicalEventKind.Death)
            .MaxAsync(e => (DateOnly?)e.OccurredOn, cancellationToken);
        var ratings = await db.Assessments.Where(a => a.PatientId == patientId).MaxAsync(a => (DateOnly?)a.AssessmentDate, cancellationToken);
        return new[] { checks, events, ratings }.Max();
    }

    private static ConflictError AlreadyRecorded() =>
        new(FollowUpErrorCodes.EventAlreadyRecorded, "This event is already recorded for the patient; each kind is recorded once, at its first date.");
}
