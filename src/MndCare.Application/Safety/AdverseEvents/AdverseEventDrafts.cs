using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
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
        var clock = scope.Clock;
        var now = clock.GetUtcNow();
        var today = clinic.LocalDate(now);
        var opened = AdverseEvent.OpenDraft(RecordId.New(clock), clinic.Id, request.PatientId, source.Value, request.SuggestedTerm, request.SuggestedGrade,
            request.SuggestedOnset, request.Description, request.InfusionId, request.LabResultId, actor.UserId, today, now, RecordId.New(clock));
        if (!opened.IsSuccess)
        {
            return await scope.Audit.RefuseAsync<AdverseEventView>(actor, opened.Errors, entry);
        }
        var draft = opened.Value;
        draft.AddSuspects(await scope.SuspectCandidatesAsync(request.PatientId, draft.OnsetOn, clinic.TimeZoneId, cancellationToken), () => RecordId.New(clock));
        scope.Db.AdverseEvents.Add(draft);
        await scope.Audit.SaveAsync(actor, [entry with
        {
            EntityId = draft.Id.ToString("D"),
            Changes = [new("status", null, AdverseEventWireNames.Of(draft.Status)), new("term", null, draft.Term),
                new("grade", null, draft.Grade?.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        }], cancellationToken);
        return await scope.ViewAsync(draft, coded: false, cancellationToken);
    }

    private async Task<Clinic?> OwnClinicAsync(Actor actor, Guid patientId, CancellationToken cancellationToken)
    {
        var clinicId = actor.Memberships.First(m => m.Role == ClinicRole.Patient && m.PatientId == patientId).ClinicId;
        return await scope.Db.Clinics.AsNoTracking().SingleAsync(c => c.Id == clinicId, cancellationToken);
    }
}
