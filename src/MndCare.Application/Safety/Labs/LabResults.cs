using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Application.Safety.AdverseEvents;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Results;
using MndCare.Domain.Safety.Labs;
using MndCare.Domain.Time;
using MndCare.Persistence;

namespace MndCare.Application.Safety.Labs;

/// <summary>Record a patient's lab results, graded by CTCAE v5.0 when saved, and read them: the patient's series with checks and alerts,
/// and the clinic's work list of open ALT alerts and due or overdue checks. Scoped by clinic and audited.</summary>
/// <remarks>docs/safety/labs.md. Clinicians and nurses record (<see cref="Permission.RecordLabResults"/>); they, TCM practitioners and
/// auditors read (<see cref="Permission.ReadLabResults"/>); a patient and their family read their own; anyone else (the cell lab
/// included) gets "not found". A result satisfies the open checks it answers (<see cref="LabCheck.SatisfyBy"/>); a temperature of
/// 38.0 °C or more on riluzole schedules a neutrophil count (<see cref="LabChecks"/>), and a grade of 3 or more opens an adverse-event draft
/// (<see cref="AdverseEventDrafts"/>), in the same save (ADR 0034).</remarks>
public sealed class LabResults(MndCareDbContext db, AuditTrail audit, TimeProvider clock, LabChecks checks, AdverseEventDrafts drafts)
{
    /// <summary>The entity type written to the audit trail.</summary>
    public const string EntityType = "labResult";

    /// <summary>Audited actions.</summary>
    public const string RecordAction = "labResult.record", ListAction = "labResult.list", WorkListAction = "labResult.workList";

    /// <summary>Grades and saves a result for the patient; a value that cannot be graded is refused with the `mndcare grade` code.</summary>
    public async Task<Result<LabResultView>> RecordAsync(Actor actor, Guid patientId, LabResultInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var entry = Entry(RecordAction, null, null) with { Details = JsonSerializer.Serialize(new { patientId, input }) };
        var patient = await PatientAsync(patientId, actor.ClinicsGranting(Permission.RecordLabResults), cancellationToken);
        if (patient is null)
        {
            return await audit.RefuseAsync<LabResultView>(actor, new NotFoundError("patient"), entry with { Outcome = AuditOutcome.NotFound });
        }
        entry = entry with { ClinicId = patient.ClinicId };
        var now = clock.GetUtcNow();
        var labCase = new LabCase(input.Test, input.Value, input.Unit, input.UpperLimitOfNormal, input.LowerLimitOfNormal, input.Baseline, input.DurationHours);
        var recorded = LabResult.Record(RecordId.New(clock), patient.ClinicId, patientId, labCase, input.CollectedAt, actor.UserId!.Value, now);
        if (!recorded.IsSuccess)
        {
            // Every refusal here is the input's (a value the grader cannot grade, a missing or future time).
            return await audit.RefuseAsync<LabResultView>(actor, recorded.Errors, entry with { Outcome = AuditOutcome.Invalid });
        }
        var result = recorded.Value;
        db.LabResults.Add(result);
        var collectedOn = ClinicTime.LocalDate(result.CollectedAtUtc, patient.TimeZoneId);
        var open = await db.LabChecks.Where(c => c.PatientId == patientId && c.Test == result.Test && c.SatisfiedByResultId == null).ToListAsync(cancellationToken);
        var satisfied = open.Where(c => c.SatisfyBy(result, collectedOn)).ToList();
        List<AuditEntry> entries = [entry with { EntityId = result.Id.ToString("D"), Changes = Changes(result, satisfied) }];
        var today = ClinicTime.LocalDate(now, patient.TimeZoneId);
        var fever = result.Test == LabTest.Temperature
            ? await checks.StageFeverCheckAsync(patient.ClinicId, patientId, LabUnits.ToGradingUnit(result.Value, result.Unit), today, actor.UserId,
                cancellationToken)
            : null;
        if (fever is not null)
        {
            entries.Add(fever.Entry);
        }
        var draft = await drafts.StageForLabResultAsync(actor, result, collectedOn, cancellationToken);
        if (draft is not null)
        {
            entries.Add(draft.Entry);
        }
        await audit.SaveAsync(actor, entries, cancellationToken);
        return ToView(result, [.. satisfied.Select(c => c.Id)], [.. (fever?.Checks ?? []).Select(c => LabChecks.ToView(c, today))], draft?.Draft.Id);
    }

    /// <summary>The patient's results (newest first), checks and riluzole status, for staff who read labs and for the patient.</summary>
    public async Task<Result<PatientLabsView>> ForPatientAsync(Actor actor, Guid patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var own = actor.OwnPatientIds.Contains(patientId);
        var patient = await PatientAsync(patientId, own ? null : actor.ClinicsGranting(Permission.ReadLabResults), cancellationToken);
        if (patient is null)
        {
            return await audit.RefuseAsync<PatientLabsView>(actor, new NotFoundError("patient"),
                Entry(ListAction, null, patientId) with { Outcome = AuditOutcome.NotFound });
        }
        var results = await db.LabResults.AsNoTracking().Where(r => r.PatientId == patientId).ToListAsync(cancellationToken);
        var satisfiedBy = await checks.OfPatientAsync(patientId, cancellationToken);
        var today = ClinicTime.LocalDate(clock.GetUtcNow(), patient.TimeZoneId);
        // Staff see the link to the draft a result opened; the patient's portal does not (the clinic's assessment is not theirs to read).
        var draftIds = own ? [] : await db.AdverseEvents.AsNoTracking().Where(e => e.PatientId == patientId && e.LabResultId != null)
            .Select(e => new { e.LabResultId, e.Id }).ToListAsync(cancellationToken);
        var views = results.OrderByDescending(r => r.CollectedAtUtc).ThenByDescending(r => r.RecordedAtUtc)
            .Select(r => ToView(r, [.. satisfiedBy.Where(c => c.SatisfiedByResultId == r.Id).Select(c => c.Id)], [],
                draftIds.Where(d => d.LabResultId == r.Id).Select(d => (Guid?)d.Id).Min())).ToList();
        var checkViews = satisfiedBy.Select(c => LabChecks.ToView(c, today)).ToList();
        var prompted = satisfiedBy.Any(c => c.Reason == LabCheckReason.FeverOnRiluzole && c.SatisfiedByResultId is null);
        await audit.RecordAsync(actor, Entry(ListAction, patient.ClinicId, patientId) with
        {
            Details = JsonSerializer.Serialize(new { patientId, resultIds = views.Select(v => v.Id) }),
        }, cancellationToken);
        return new PatientLabsView(patientId, patient.TimeZoneId, await checks.OnRiluzoleAsync(patientId, today, cancellationToken), views, checkViews,
            prompted);
    }

    /// <summary>The clinic's open ALT alerts (an alert on a patient's latest ALT) and its due and overdue checks, in a clinic where the actor
    /// reads labs (<paramref name="clinicId"/>, or their first such clinic).</summary>
    public async Task<Result<ClinicLabsView>> WorkListAsync(Actor actor, Guid? clinicId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var readable = actor.ClinicsGranting(Permission.ReadLabResults);
        var target = clinicId ?? (readable.Count > 0 ? readable[0] : Guid.Empty);
        var clinic = readable.Contains(target) ? await db.Clinics.AsNoTracking().SingleOrDefaultAsync(c => c.Id == target, cancellationToken) : null;
        if (clinic is null)
        {
            return await audit.RefuseAsync<ClinicLabsView>(actor, readable.Count == 0 ? new ForbiddenError("read lab results") : new NotFoundError("clinic"),
                Entry(WorkListAction, null, null));
        }
        var today = clinic.LocalDate(clock.GetUtcNow());
        var alts = await db.LabResults.AsNoTracking().Where(r => r.ClinicId == clinic.Id && r.Test == LabTest.Alt).ToListAsync(cancellationToken);
        var alerts = alts.GroupBy(r => r.PatientId).Select(g => g.OrderByDescending(r => r.CollectedAtUtc).ThenByDescending(r => r.RecordedAtUtc).First())
            .Where(r => r.Alert is not null).OrderByDescending(r => r.CollectedAtUtc).ToList();
        var dueBy = today.AddDays(LabCheck.DueSoonDays);
        var due = await db.LabChecks.AsNoTracking().Where(c => c.ClinicId == clinic.Id && c.SatisfiedByResultId == null && c.DueOn <= dueBy)
            .ToListAsync(cancellationToken);
        var ids = alerts.Select(a => a.PatientId).Concat(due.Select(c => c.PatientId)).Distinct().ToList();
        var names = await db.Patients.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => (p.NativeName, p.Mrn), cancellationToken);
        var view = new ClinicLabsView(clinic.Id, clinic.TimeZoneId,
            [.. alerts.Select(a => new ClinicLabRow(a.PatientId, names[a.PatientId].NativeName, names[a.PatientId].Mrn, ToView(a, [], [], null), null))],
            [.. due.OrderBy(c => c.DueOn).ThenBy(c => names[c.PatientId].NativeName, StringComparer.Ordinal)
                .Select(c => new ClinicLabRow(c.PatientId, names[c.PatientId].NativeName, names[c.PatientId].Mrn, null, LabChecks.ToView(c, today)))]);
        await audit.RecordAsync(actor, Entry(WorkListAction, clinic.Id, null) with
        {
            Details = JsonSerializer.Serialize(new { patientIds = ids }),
        }, cancellationToken);
        return view;
    }

    private sealed record PatientScope(Guid ClinicId, string TimeZoneId);

    // The patient with their clinic's zone, when in one of <paramref name="clinics"/> (null: the actor is the patient or family).
    private async Task<PatientScope?> PatientAsync(Guid patientId, IReadOnlyList<Guid>? clinics, CancellationToken cancellationToken) =>
        await db.Patients.AsNoTracking().Where(p => p.Id == patientId && (clinics == null || clinics.Contains(p.ClinicId)))
            .Join(db.Clinics, p => p.ClinicId, c => c.Id, (p, c) => new PatientScope(p.ClinicId, c.TimeZoneId)).SingleOrDefaultAsync(cancellationToken);

    // What recording a result writes to the trail; the demo seeder writes the same.
    internal static IReadOnlyList<FieldChange> Changes(LabResult r, IReadOnlyList<LabCheck> satisfied) =>
    [
        new FieldChange("test", null, r.Test.WireName()),
        new FieldChange("value", null, Text(r.Value)),
        new FieldChange("unit", null, r.Unit),
        new FieldChange("upperLimitOfNormal", null, Text(r.UpperLimitOfNormal)),
        new FieldChange("lowerLimitOfNormal", null, Text(r.LowerLimitOfNormal)),
        new FieldChange("baseline", null, Text(r.Baseline)),
        new FieldChange("durationHours", null, Text(r.DurationHours)),
        new FieldChange("collectedAt", null, new DateTimeOffset(r.CollectedAtUtc, TimeSpan.Zero).ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        new FieldChange("grade", null, Text(r.Grade)),
        new FieldChange("ctcaeVersion", null, r.CtcaeVersion),
        .. satisfied.Select(c => new FieldChange($"labChecks[{c.Id:D}].satisfiedByResultId", null, r.Id.ToString("D"))),
    ];

    internal static LabResultView ToView(LabResult r, IReadOnlyList<Guid> satisfied, IReadOnlyList<LabCheckView> scheduled, Guid? adverseEventId) =>
        new(r.Id, r.PatientId,
        r.Test.WireName(), r.Value, r.Unit, r.UpperLimitOfNormal, r.LowerLimitOfNormal, r.Baseline, r.DurationHours,
        new DateTimeOffset(r.CollectedAtUtc, TimeSpan.Zero), r.Term, r.Grade, r.CtcaeVersion,
        r.TimesUpperLimit is { } times ? Math.Round(times, 2, MidpointRounding.AwayFromZero) : null,
        r.Alert is { } alert ? [LabCheckWireNames.Of(alert)] : [], r.NeedsAdverseEventDraft, r.RecordedByUserId,
        new DateTimeOffset(r.RecordedAtUtc, TimeSpan.Zero), satisfied, scheduled, adverseEventId);

    private static string? Text(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static AuditEntry Entry(string action, Guid? clinicId, Guid? patientId) => new(action, AuditOutcome.Success)
    {
        ClinicId = clinicId,
        EntityType = patientId is null ? EntityType : "patient",
        EntityId = patientId?.ToString("D"),
    };
}
