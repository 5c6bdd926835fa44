using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Results;
using MndCare.Domain.Safety.AdverseEvents;

namespace MndCare.Application.Safety.AdverseEvents;

/// <summary>Record, complete, read, list and assess adverse events; scoped by the patient's clinic and audited.</summary>
/// <remarks>docs/safety/adverse-events.md, "Who does what". Clinicians, nurses and TCM practitioners record
/// (<see cref="Permission.RecordAdverseEvents"/>); clinicians assess causality (<see cref="Permission.AssessAdverseEvents"/>); a
/// patient or family member reads only their own patient's events; the cell lab sees a lot's events with coded recipients only
/// (<see cref="LotEventsAsync"/>). A recorded serious event notifies the clinic's safety officers at once (ADR 0033).</remarks>
public sealed class AdverseEventRecords(AdverseEventScope scope)
{
    /// <summary>The audited actions.</summary>
    public const string RecordAction = "adverseEvent.record", CompleteAction = "adverseEvent.complete", ReadAction = "adverseEvent.read",
        ListAction = "adverseEvent.list", AssessAction = "adverseEvent.assess", ReportAction = "adverseEvent.report",
        LotEventsAction = "lot.adverseEvents", RecordFormAction = "adverseEvent.recordForm";

    /// <summary>The record form of a patient (by id or MRN in the actor's clinics), or of the patient of an infusion whose fever reading
    /// at <paramref name="feverTakenAt"/> suggests a grade from the temperature (CTCAE v5.0 fever row, the existing lab grader).</summary>
    public async Task<Result<RecordFormView>> RecordFormAsync(Actor actor, Guid? patientId, string? mrn, Guid? infusionId, DateTimeOffset? feverTakenAt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clinics = actor.ClinicsGranting(Permission.RecordAdverseEvents);
        var infusion = infusionId is { } iid ? await scope.Db.Infusions.AsNoTracking().SingleOrDefaultAsync(i => i.Id == iid, cancellationToken) : null;
        var wanted = infusion?.PatientId ?? patientId;
        var trimmed = mrn?.Trim();
        var patient = await scope.Db.Patients.AsNoTracking()
            .Where(p => clinics.Contains(p.ClinicId) && (wanted != null ? p.Id == wanted : p.Mrn == trimmed))
            .Select(p => new { p.Id, p.NativeName, p.Mrn, p.ClinicId }).FirstOrDefaultAsync(cancellationToken);
        if (patient is null || (infusionId is not null && infusion is null))
        {
            return await scope.NotFoundAsync<RecordFormView>(actor, RecordFormAction, wanted, "patient");
        }
        var clinic = await scope.Db.Clinics.AsNoTracking().SingleAsync(c => c.Id == patient.ClinicId, cancellationToken);
        var reading = infusion?.VitalSigns.Where(v => v.IsFever).OrderBy(v => feverTakenAt is { } at ? (v.TakenAt - at).Duration() : TimeSpan.Zero).FirstOrDefault();
        var grade = reading is null ? null : Domain.Safety.Labs.CtcaeLabGrader.Grade(new Domain.Safety.Labs.LabCase("TEMPERATURE", reading.TemperatureCelsius,
            "Cel", null, null, null, null)) is { IsSuccess: true } graded ? graded.Value.Grade : (int?)null;
        await scope.Audit.RecordAsync(actor, AdverseEventScope.Entry(RecordFormAction, clinic.Id, null, new { patientId = patient.Id, infusionId }) with
        {
            EntityType = "patient",
            EntityId = patient.Id.ToString("D"),
        }, cancellationToken);
        return new RecordFormView(patient.Id, patient.NativeName, patient.Mrn, clinic.TimeZoneId, clinic.LocalDate(scope.Clock.GetUtcNow()),
            await scope.ExpectedTermsAsync(clinic.Id, cancellationToken), infusion?.Id, reading?.TemperatureCelsius, grade,
            reading is null ? null : Domain.Time.ClinicTime.LocalDate(reading.TakenAt, clinic.TimeZoneId));
    }

    /// <summary>Records a complete event for a patient (term, grade, onset; seriousness; expectedness from the clinic's list when not
    /// given) with its suspects from the patient's record.</summary>
    public async Task<Result<AdverseEventView>> RecordAsync(Actor actor, Guid patientId, AdverseEventInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var clinic = await scope.PatientClinicAsync(actor, patientId, Permission.RecordAdverseEvents, cancellationToken);
        if (clinic is null)
        {
            return await scope.NotFoundAsync<AdverseEventView>(actor, RecordAction, patientId, "patient");
        }
        var entry = AdverseEventScope.Entry(RecordAction, clinic.Id, null, new { patientId, input });
        var clock = scope.Clock;
        var now = clock.GetUtcNow();
        var today = clinic.LocalDate(now);
        var details = await DetailsAsync(input, clinic.Id, today, cancellationToken);
        if (!details.IsSuccess)
        {
            return await scope.Audit.RefuseAsync<AdverseEventView>(actor, details.Errors, entry);
        }
        if (input.InfusionId is { } infusionId && !await scope.Db.Infusions.AnyAsync(i => i.Id == infusionId && i.PatientId == patientId, cancellationToken))
        {
            return await scope.Audit.RefuseAsync<AdverseEventView>(actor, new NotFoundError("infusion"), entry);
        }
        if (input.InfusionId is { } feverInfusion && details.Value.TermKey is { } key && IsFeverOrReaction(key)
            && await scope.Db.AdverseEvents.AnyAsync(e => e.InfusionId == feverInfusion && e.TermKey != null
                && (e.TermKey == CtcaeTerms.Fever.Key || e.TermKey == CtcaeTerms.InfusionRelatedReaction.Key), cancellationToken))
        {
            return await scope.Audit.RefuseAsync<AdverseEventView>(actor, new ConflictError(AdverseEventErrorCodes.FeverAlreadyRecorded,
                "This infusion's fever is recorded already, as Fever or as Infusion related reaction (CTCAE: not both)."), entry);
        }
        var source = input.InfusionId is null ? AdverseEventSource.Staff : AdverseEventSource.InfusionFever;
        var adverseEvent = AdverseEvent.OpenDraft(RecordId.New(clock), clinic.Id, patientId, source, null, null, null, null, input.InfusionId, null,
            actor.UserId, today, now, RecordId.New(clock)).Value.Record(details.Value, actor.UserId!.Value, now, RecordId.New(clock));
        adverseEvent.AddSuspects(await scope.SuspectCandidatesAsync(patientId, adverseEvent.OnsetOn, clinic.TimeZoneId, cancellationToken),
            () => RecordId.New(clock));
        scope.Db.AdverseEvents.Add(adverseEvent);
        var notices = await scope.NotifyOfficersAsync(adverseEvent, cancellationToken);
        await scope.Audit.SaveAsync(actor, [entry with { EntityId = adverseEvent.Id.ToString("D"), Changes = Changes(null, adverseEvent) }], cancellationToken);
        await scope.SendAsync(notices, cancellationToken);
        return await scope.ViewAsync(adverseEvent, coded: false, cancellationToken);
    }

    /// <summary>Completes a draft (it becomes recorded) or corrects a recorded event; new suspects for the onset day are added.</summary>
    public async Task<Result<AdverseEventView>> CompleteAsync(Actor actor, Guid eventId, AdverseEventInput input, Guid? expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await FindAsync(actor, eventId, Permission.RecordAdverseEvents, CompleteAction, expectedVersion, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<AdverseEventView>.Failure(found.Errors);
        }
        var (adverseEvent, clinic) = found.Value;
        var entry = AdverseEventScope.Entry(CompleteAction, clinic.Id, eventId, new { adverseEvent.PatientId, input });
        var clock = scope.Clock;
        var now = clock.GetUtcNow();
        var details = await DetailsAsync(input, clinic.Id, clinic.LocalDate(now), cancellationToken);
        if (!details.IsSuccess)
        {
            return await scope.Audit.RefuseAsync<AdverseEventView>(actor, details.Errors, entry);
        }
        var before = Snapshot(adverseEvent);
        adverseEvent.Record(details.Value, actor.UserId!.Value, now, RecordId.New(clock));
        adverseEvent.AddSuspects(await scope.SuspectCandidatesAsync(adverseEvent.PatientId, adverseEvent.OnsetOn, clinic.TimeZoneId, cancellationToken),
            () => RecordId.New(clock));
        var notices = await scope.NotifyOfficersAsync(adverseEvent, cancellationToken);
        var error = await scope.Audit.SaveAsync(actor, [entry with { Changes = Changes(before, adverseEvent) }],
            e => e is DbUpdateConcurrencyException ? AdverseEventScope.Changed() : null, cancellationToken);
        if (error is not null)
        {
            return await scope.Audit.RefuseAsync<AdverseEventView>(actor, error, entry);
        }
        await scope.SendAsync(notices, cancellationToken);
        return await scope.ViewAsync(adverseEvent, coded: false, cancellationToken);
    }

    /// <summary>A clinician's WHO-UMC causality for some suspects; assessed once every suspect has one.</summary>
    public async Task<Result<AdverseEventView>> AssessAsync(Actor actor, Guid eventId, CausalityInput input, Guid? expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await FindAsync(actor, eventId, Permission.AssessAdverseEvents, AssessAction, expectedVersion, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<AdverseEventView>.Failure(found.Errors);
        }
        var (adverseEvent, clinic) = found.Value;
        var entry = AdverseEventScope.Entry(AssessAction, clinic.Id, eventId, new { adverseEvent.PatientId, input });
        var items = new List<(Guid, CausalityCategory)>();
        foreach (var item in input.Assessments ?? [])
        {
            if (AdverseEventWireNames.Parse<CausalityCategory>(item.Causality) is not { } category)
            {
                return await scope.Audit.RefuseAsync<AdverseEventView>(actor, new ValidationError("causality", AdverseEventErrorCodes.UnknownValue,
                    "causality is one of: certain, probable, possible, unlikely, conditional, unassessable."), entry);
            }
            items.Add((item.SuspectId, category));
        }
        var beforeStatus = AdverseEventWireNames.Of(adverseEvent.Status);
        var assessed = adverseEvent.AssessCausality(items, actor.UserId!.Value, scope.Clock.GetUtcNow(), RecordId.New(scope.Clock));
        if (!assessed.IsSuccess)
        {
            return await scope.Audit.RefuseAsync<AdverseEventView>(actor, assessed.Errors, entry);
        }
        var changes = items.Select(i => new FieldChange($"suspects[{i.Item1:D}].causality", null, AdverseEventWireNames.Of(i.Item2))).ToList();
        changes.Insert(0, new FieldChange("status", beforeStatus, AdverseEventWireNames.Of(adverseEvent.Status)));
        var error = await scope.Audit.SaveAsync(actor, [entry with { Changes = changes }],
            e => e is DbUpdateConcurrencyException ? AdverseEventScope.Changed() : null, cancellationToken);
        return error is null ? await scope.ViewAsync(adverseEvent, coded: false, cancellationToken)
            : await scope.Audit.RefuseAsync<AdverseEventView>(actor, error, entry);
    }

    /// <summary>A safety officer of the event's clinic records the day it was reported to the authority; the clock stops.</summary>
    public async Task<Result<AdverseEventView>> MarkReportedAsync(Actor actor, Guid eventId, DateOnly? reportedOn, CancellationToken cancellationToken)
    {
        var found = await FindAsync(actor, eventId, Permission.AssessAdverseEvents, ReportAction, null, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<AdverseEventView>.Failure(found.Errors);
        }
        var (adverseEvent, clinic) = found.Value;
        var entry = AdverseEventScope.Entry(ReportAction, clinic.Id, eventId, new { adverseEvent.PatientId, reportedOn });
        if (!await scope.Db.SafetyOfficers.AnyAsync(o => o.ClinicId == clinic.Id && o.UserId == actor.UserId, cancellationToken))
        {
            return await scope.Audit.RefuseAsync<AdverseEventView>(actor, new ForbiddenError("record the report to the authority"),
                entry);
        }
        var now = scope.Clock.GetUtcNow();
        var today = clinic.LocalDate(now);
        var reported = adverseEvent.MarkReported(reportedOn ?? today, today, now, RecordId.New(scope.Clock));
        if (!reported.IsSuccess)
        {
            return await scope.Audit.RefuseAsync<AdverseEventView>(actor, reported.Errors, entry);
        }
        await scope.Audit.SaveAsync(actor, [entry with { Changes = [new FieldChange("reportedOn", null, Domain.Time.ClinicTime.Format(adverseEvent.ReportedOn!.Value))] }],
            cancellationToken);
        return await scope.ViewAsync(adverseEvent, coded: false, cancellationToken);
    }

    /// <summary>One event: staff who read adverse events in its clinic, or the patient's own users.</summary>
    public async Task<Result<AdverseEventView>> GetAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clinics = actor.ClinicsGranting(Permission.ReadAdverseEvents);
        var own = actor.OwnPatientIds;
        var adverseEvent = await scope.Db.AdverseEvents.AsNoTracking()
            .SingleOrDefaultAsync(e => e.Id == eventId && (clinics.Contains(e.ClinicId) || own.Contains(e.PatientId)), cancellationToken);
        if (adverseEvent is null)
        {
            return await scope.NotFoundAsync<AdverseEventView>(actor, ReadAction, eventId);
        }
        await scope.Audit.RecordAsync(actor, AdverseEventScope.Entry(ReadAction, adverseEvent.ClinicId, eventId, new { adverseEvent.PatientId }),
            cancellationToken);
        return await scope.ViewAsync(adverseEvent, coded: false, cancellationToken);
    }

    /// <summary>The events the actor may read, newest onset first: staff see their clinics' (filters: serious, patient, clock due or
    /// overdue); a patient or family member sees only their own patient's.</summary>
    public async Task<Result<IReadOnlyList<AdverseEventView>>> ListAsync(Actor actor, AdverseEventFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(filter);
        var clinics = actor.ClinicsGranting(Permission.ReadAdverseEvents);
        var own = actor.OwnPatientIds;
        var query = scope.Db.AdverseEvents.AsNoTracking().Where(e => clinics.Contains(e.ClinicId) || own.Contains(e.PatientId));
        if (filter.PatientId is { } patientId)
        {
            query = query.Where(e => e.PatientId == patientId);
        }
        var events = await query.ToListAsync(cancellationToken);
        var clinicRows = await scope.Db.Clinics.AsNoTracking().Where(c => events.Select(e => e.ClinicId).Contains(c.Id)).ToListAsync(cancellationToken);
        var patientIds = events.Select(e => e.PatientId).Distinct().ToList();
        var names = await scope.Db.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.NativeName, cancellationToken);
        var now = scope.Clock.GetUtcNow();
        var views = events.Select(e =>
            {
                var clinic = clinicRows.Single(c => c.Id == e.ClinicId);
                return scope.View(e, clinic.TimeZoneId, clinic.LocalDate(now), coded: false, names[e.PatientId], new Dictionary<Guid, string>());
            })
            .Where(v => filter.Serious is not { } serious || v.Serious == serious)
            .Where(v => !filter.DueOnly || v.ReportDueOn is not null)
            .Where(v => !filter.OverdueOnly || v.Overdue)
            .OrderBy(v => v.ReportDueOn ?? DateOnly.MaxValue).ThenByDescending(v => v.OnsetOn ?? v.FirstKnownOn).ToList();
        await scope.Audit.RecordAsync(actor, AdverseEventScope.Entry(ListAction, clinics.Count == 1 ? clinics[0] : null, null,
            new { filter, eventIds = views.Select(v => v.Id) }), cancellationToken);
        return views;
    }

    /// <summary>The events with the lot among their suspects, for the cell lab and others who read the cell product: no names, no
    /// free text, the patient only as the coded recipient (<see cref="Infusions.LotRecipients.RecipientCode"/>).</summary>
    public async Task<Result<IReadOnlyList<AdverseEventView>>> LotEventsAsync(Actor actor, Guid lotId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clinics = actor.ClinicsGranting(Permission.ReadCellProducts);
        var lotClinic = await scope.Db.Lots.AsNoTracking().Where(l => l.Id == lotId && clinics.Contains(l.ClinicId)).Select(l => (Guid?)l.ClinicId)
            .SingleOrDefaultAsync(cancellationToken);
        if (lotClinic is null)
        {
            return await scope.NotFoundAsync<IReadOnlyList<AdverseEventView>>(actor, LotEventsAction, lotId, "lot");
        }
        var events = await scope.Db.AdverseEvents.AsNoTracking().Where(e => e.ClinicId == lotClinic && e.Status != AdverseEventStatus.Draft
            && e.Suspects.Any(s => s.Kind == SuspectKind.Lot && s.ReferenceId == lotId)).ToListAsync(cancellationToken);
        var clinic = await scope.Db.Clinics.AsNoTracking().SingleAsync(c => c.Id == lotClinic, cancellationToken);
        var today = clinic.LocalDate(scope.Clock.GetUtcNow());
        var views = events.OrderBy(e => e.OnsetOn).Select(e => scope.View(e, clinic.TimeZoneId, today, coded: true, null, new Dictionary<Guid, string>()))
            .ToList();
        await scope.Audit.RecordAsync(actor, AdverseEventScope.Entry(LotEventsAction, clinic.Id, null, new { lotId, eventIds = views.Select(v => v.Id) })
            with { EntityType = "lot", EntityId = lotId.ToString("D") }, cancellationToken);
        return views;
    }

    private static bool IsFeverOrReaction(string termKey) => termKey == CtcaeTerms.Fever.Key || termKey == CtcaeTerms.InfusionRelatedReaction.Key;

    // The input checked against the clinic's date; an expectedness not given is decided by the clinic's list of expected events.
    private async Task<Result<AdverseEventDetails>> DetailsAsync(AdverseEventInput input, Guid clinicId, DateOnly today, CancellationToken cancellationToken)
    {
        var expected = input.Expected;
        if (expected is null)
        {
            var term = CtcaeTerms.Find(input.Term)?.Name ?? input.Term;
            expected = ExpectedEvent.IsListed(await scope.ExpectedTermsAsync(clinicId, cancellationToken), term);
        }
        return AdverseEventDetails.Create(input.Term, input.CtcaeVersion, input.Grade, input.OnsetOn, input.ResolvedOn, input.Seriousness, expected,
            input.ActionTaken, input.Outcome, input.Description, today);
    }

    private async Task<Result<(AdverseEvent Event, Domain.Clinics.Clinic Clinic)>> FindAsync(Actor actor, Guid eventId, Permission permission,
        string action, Guid? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clinics = actor.ClinicsGranting(permission);
        var adverseEvent = await scope.Db.AdverseEvents.SingleOrDefaultAsync(e => e.Id == eventId && clinics.Contains(e.ClinicId), cancellationToken);
        if (adverseEvent is null)
        {
            return await scope.NotFoundAsync<(AdverseEvent, Domain.Clinics.Clinic)>(actor, action, eventId);
        }
        if (expectedVersion is { } expected && expected != adverseEvent.Version)
        {
            return await scope.Audit.RefuseAsync<(AdverseEvent, Domain.Clinics.Clinic)>(actor, AdverseEventScope.Changed(),
                AdverseEventScope.Entry(action, adverseEvent.ClinicId, eventId));
        }
        return (adverseEvent, await scope.Db.Clinics.AsNoTracking().SingleAsync(c => c.Id == adverseEvent.ClinicId, cancellationToken));
    }

    private static Dictionary<string, string?> Snapshot(AdverseEvent e) => new()
    {
        ["status"] = AdverseEventWireNames.Of(e.Status),
        ["term"] = e.Term,
        ["ctcaeVersion"] = e.CtcaeVersion,
        ["grade"] = e.Grade?.ToString(CultureInfo.InvariantCulture),
        ["onsetOn"] = e.OnsetOn is { } onset ? Domain.Time.ClinicTime.Format(onset) : null,
        ["resolvedOn"] = e.ResolvedOn is { } resolved ? Domain.Time.ClinicTime.Format(resolved) : null,
        ["seriousness"] = string.Join(",", e.Seriousness.Select(AdverseEventWireNames.Of)),
        ["expected"] = e.Expected?.ToString(CultureInfo.InvariantCulture),
        ["actionTaken"] = AdverseEventWireNames.Of(e.ActionTaken),
        ["outcome"] = AdverseEventWireNames.Of(e.Outcome),
        ["description"] = e.Description,
    };

    // Field-level old and new values; a new event has no old ones.
    private static IReadOnlyList<FieldChange> Changes(Dictionary<string, string?>? before, AdverseEvent after) =>
        [.. Snapshot(after).Where(kv => before is null ? kv.Value is not null : before[kv.Key] != kv.Value)
            .Select(kv => new FieldChange(kv.Key, before?[kv.Key], kv.Value))];
}
