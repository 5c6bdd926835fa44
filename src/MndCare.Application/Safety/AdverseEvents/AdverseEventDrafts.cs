using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Results;
using MndCare.Domain.Safety.AdverseEvents;

namespace MndCare.Application.Safety.AdverseEvents;

/// <summary>Opens a draft adverse event from a source — a staff member, the patient's portal report, a fever in infusion monitoring or
/// a lab result — with a suggested CTCAE term, grade and onset and a link to what raised it; the clinic completes and assesses it.</summary>
/// <remarks>The seam other parts call (issue 9): the bedside fever banner (<c>infusionFever</c> with the infusion id) and lab results
/// of grade 3 or higher (<c>labResult</c> with the lab result id). Staff who record adverse events open drafts for patients of their
/// clinic; a patient or family member opens only <c>patientReport</c> drafts, only for their own patient. docs/safety/adverse-events.md.</remarks>
public sealed class AdverseEventDrafts(AdverseEventScope scope)
{
    /// <summary>The audited action.</summary>
    public const string OpenAction = "adverseEvent.openDraft";

    /// <summary>Opens the draft (its suspects from the patient's record) and returns it; the source must be one of the four wire names.</summary>
    public async Task<Result<AdverseEventView>> OpenAsync(Actor actor, DraftRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var source = AdverseEventWireNames.Parse<AdverseEventSource>(request.Source);
        var clinic = source == AdverseEventSource.PatientReport && actor.OwnPatientIds.Contains(request.PatientId)
            ? await OwnClinicAsync(actor, request.PatientId, cancellationToken)
            : await scope.PatientClinicAsync(actor, request.PatientId, Permission.RecordAdverseEvents, cancellationToken);
        if (clinic is null)
        {
            return await scope.NotFoundAsync<AdverseEventView>(actor, OpenAction, request.PatientId, "patient");
        }
        var entry = AdverseEventScope.Entry(OpenAction, clinic.Id, null, new { request.PatientId, request.Source, request.InfusionId, request.LabResultId });
        if (source is null)
        {
            return await scope.Audit.RefuseAsync<AdverseEventView>(actor, new ValidationError("source", AdverseEventErrorCodes.UnknownValue,
                "source is one of: staff, patientReport, infusionFever, labResult."), entry);
        }
        if (request.InfusionId is { } infusionId
            && !await scope.Db.Infusions.AnyAsync(i => i.Id == infusionId && i.PatientId == request.PatientId, cancellationToken))
        {
            return await scope.Audit.RefuseAsync<AdverseEventView>(actor, new NotFoundError("infusion"), entry);
        }
        var staged = await StageAsync(actor, clinic, request, source.Value, entry, cancellationToken);
        if (!staged.IsSuccess)
        {
            return await scope.Audit.RefuseAsync<AdverseEventView>(actor, staged.Errors, entry);
        }
        await scope.Audit.SaveAsync(actor, [staged.Value.Entry], cancellationToken);
        return await scope.ViewAsync(staged.Value.Draft, coded: false, cancellationToken);
    }

    /// <summary>Adds a lab result's draft (source <c>labResult</c>: the result's CTCAE term and grade, onset on the day it was collected, linked
    /// to the result) to the context, unsaved, so the result and its draft are saved together; null when the grade is below 3.</summary>
    /// <remarks>The rule (grade 3 or higher opens a draft) is <see cref="Domain.Safety.Labs.LabResult.NeedsAdverseEventDraft"/>; the result is new,
    /// so it has no draft yet (one draft per result). ADR 0034.</remarks>
    internal async Task<StagedDraft?> StageForLabResultAsync(Actor actor, Domain.Safety.Labs.LabResult result, DateOnly collectedOn,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.NeedsAdverseEventDraft)
        {
            return null;
        }
        var clinic = await scope.Db.Clinics.AsNoTracking().SingleAsync(c => c.Id == result.ClinicId, cancellationToken);
        var request = new DraftRequest(result.PatientId, AdverseEventWireNames.Of(AdverseEventSource.LabResult), result.Term, result.Grade, collectedOn,
            LabResultId: result.Id);
        var entry = AdverseEventScope.Entry(OpenAction, clinic.Id, null, new { request.PatientId, request.Source, request.LabResultId });
        var staged = await StageAsync(actor, clinic, request, AdverseEventSource.LabResult, entry, cancellationToken);
        // A graded lab value always makes a valid draft (a CTCAE term and grade, onset not after today); anything else is a bug.
        return staged.IsSuccess ? staged.Value : throw new InvalidOperationException(string.Join("; ", staged.Errors.Select(e => e.Message)));
    }

    private async Task<Result<StagedDraft>> StageAsync(Actor actor, Clinic clinic, DraftRequest request, AdverseEventSource source, AuditEntry entry,
        CancellationToken cancellationToken)
    {
        var clock = scope.Clock;
        var now = clock.GetUtcNow();
        var today = clinic.LocalDate(now);
        var opened = AdverseEvent.OpenDraft(RecordId.New(clock), clinic.Id, request.PatientId, source, request.SuggestedTerm, request.SuggestedGrade,
            request.SuggestedOnset, request.Description, request.InfusionId, request.LabResultId, actor.UserId, today, now, RecordId.New(clock));
        if (!opened.IsSuccess)
        {
            return Result<StagedDraft>.Failure(opened.Errors);
        }
        var draft = opened.Value;
        draft.AddSuspects(await scope.SuspectCandidatesAsync(request.PatientId, draft.OnsetOn, clinic.TimeZoneId, cancellationToken), () => RecordId.New(clock));
        scope.Db.AdverseEvents.Add(draft);
        return new StagedDraft(draft, entry with
        {
            EntityId = draft.Id.ToString("D"),
            Changes = [new("status", null, AdverseEventWireNames.Of(draft.Status)), new("term", null, draft.Term),
                new("grade", null, draft.Grade?.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        });
    }

    private async Task<Clinic?> OwnClinicAsync(Actor actor, Guid patientId, CancellationToken cancellationToken)
    {
        var clinicId = actor.Memberships.First(m => m.Role == ClinicRole.Patient && m.PatientId == patientId).ClinicId;
        return await scope.Db.Clinics.AsNoTracking().SingleAsync(c => c.Id == clinicId, cancellationToken);
    }

    /// <summary>A draft added to the context, unsaved, with the audit entry to save with it.</summary>
    internal sealed record StagedDraft(AdverseEvent Draft, AuditEntry Entry);
}
