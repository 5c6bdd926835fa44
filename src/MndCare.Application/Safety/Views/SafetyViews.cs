using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Application.Safety.AdverseEvents;
using MndCare.Application.Infusions;
using MndCare.Application.Safety.Rates;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.Results;
using MndCare.Domain.Safety.AdverseEvents;
using MndCare.Domain.Safety.Labs;
using MndCare.Domain.Time;
using MndCare.Domain.Tcm.Prescriptions;
using MndCare.Persistence;

namespace MndCare.Application.Safety.Views;

/// <summary>The safety views: a patient's timeline, the clinic's event rates, a herb batch's events. Read only, audited.</summary>
/// <remarks>docs/safety/views.md, ADR 0035. Rates count confirmed events (recorded or assessed; drafts apart) of exposed patients; a suspect
/// row counts an event when that suspect's WHO-UMC causality is possible, probable or certain.</remarks>
public sealed class SafetyViews(MndCareDbContext db, AuditTrail audit, LotRecipients recipients)
{
    /// <summary>The audited actions.</summary>
    public const string TimelineAction = "safety.timeline", RatesAction = "safety.rates", HerbBatchAction = "safety.herbBatch";

    /// <summary>The suspect kind of a herb batch row ("herbBatch:{herb id}/{batch}").</summary>
    public const string HerbBatchKind = "herbBatch";

    /// <summary>The suspect kind of a lot row ("lot:{lot id}").</summary>
    public const string LotKind = "lot";

    /// <summary>A patient's infusions (lot), TCM sessions (modality), graded lab results and adverse events by date: staff who read adverse
    /// events in the patient's clinic see lots; the patient's own users see the rest without lots.</summary>
    public async Task<Result<PatientTimelineView>> PatientTimelineAsync(Actor actor, Guid patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clinics = actor.ClinicsGranting(Permission.ReadAdverseEvents);
        var own = actor.OwnPatientIds.Contains(patientId);
        var patient = await db.Patients.AsNoTracking().Where(p => p.Id == patientId && (own || clinics.Contains(p.ClinicId)))
            .Select(p => new { p.Id, p.NativeName, p.Mrn, p.ClinicId }).SingleOrDefaultAsync(cancellationToken);
        var entry = new AuditEntry(TimelineAction, AuditOutcome.Success) { ClinicId = patient?.ClinicId, EntityType = "patient", EntityId = patientId.ToString("D") };
        if (patient is null)
        {
            return await audit.RefuseAsync<PatientTimelineView>(actor, new NotFoundError("patient"), entry with { Outcome = AuditOutcome.NotFound });
        }
        var showsLots = clinics.Contains(patient.ClinicId);
        var zone = await db.Clinics.AsNoTracking().Where(c => c.Id == patient.ClinicId).Select(c => c.TimeZoneId).SingleAsync(cancellationToken);
        var entries = new List<TimelineEntry>();
        var infusions = await db.Infusions.AsNoTracking().Where(i => i.PatientId == patientId && i.StartedAtUtc != null)
            .Join(db.Lots, i => i.LotId, l => l.Id, (i, l) => new { Infusion = i, l.Details.LotNumber }).ToListAsync(cancellationToken);
        entries.AddRange(infusions.Select(r => Dated(r.Infusion.StartedAtUtc!.Value, zone, TimelineEntryKind.Infusion, r.Infusion.Id,
            showsLots ? r.LotNumber.Value : null, null, Domain.Infusions.InfusionWireNames.Of(r.Infusion.Status),
            showsLots ? string.Join(", ", r.Infusion.UnitCodes) : null)));
        var sessions = await db.TcmSessions.AsNoTracking().Where(s => s.PatientId == patientId).ToListAsync(cancellationToken);
        entries.AddRange(sessions.Select(s => Dated(s.PerformedAtUtc, zone, TimelineEntryKind.TcmSession, s.Id, CourseWireNames.Of(s.Modality), null, null, null)));
        var labs = await db.LabResults.AsNoTracking().Where(l => l.PatientId == patientId).ToListAsync(cancellationToken);
        entries.AddRange(labs.Select(l => Dated(l.CollectedAtUtc, zone, TimelineEntryKind.LabResult, l.Id, l.Test.WireName(), l.Grade, null,
            $"{l.Value:0.###} {l.Unit}")));
        var events = await db.AdverseEvents.AsNoTracking().Where(e => e.PatientId == patientId).ToListAsync(cancellationToken);
        entries.AddRange(events.Select(e => new TimelineEntry(e.OnsetOn ?? e.FirstKnownOn, null, TimelineEntryKind.AdverseEvent, e.Id, e.Term, e.Grade,
            e.IsSerious, AdverseEventWireNames.Of(e.Status), null)));
        await audit.RecordAsync(actor, entry with { Details = JsonSerializer.Serialize(new { showsLots, eventIds = events.Select(e => e.Id) }) },
            cancellationToken);
        return new PatientTimelineView(patient.Id, patient.NativeName, patient.Mrn, zone, showsLots,
            [.. entries.OrderBy(e => e.On).ThenBy(e => e.At ?? DateTimeOffset.MaxValue).ThenBy(e => e.Kind)]);
    }

    /// <summary>The rate table of the actor's clinics (where the actor reads adverse events): patients with confirmed events over patients
    /// exposed (a started infusion, a TCM session or a signed herbal prescription), by term, grade, seriousness, lot and herb batch.</summary>
    public async Task<Result<ClinicSafetyView>> ClinicRatesAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clinics = actor.ClinicsGranting(Permission.ReadAdverseEvents);
        var entry = new AuditEntry(RatesAction, AuditOutcome.Success) { ClinicId = clinics.Count == 1 ? clinics[0] : null, EntityType = "clinic" };
        if (clinics.Count == 0)
        {
            return await audit.RefuseAsync<ClinicSafetyView>(actor, new NotFoundError("clinic"), entry with { Outcome = AuditOutcome.NotFound });
        }
        var infused = await db.Infusions.AsNoTracking().Where(i => i.StartedAtUtc != null)
            .Join(db.Lots.Where(l => clinics.Contains(l.ClinicId)), i => i.LotId, l => l.Id, (i, l) => new { i.PatientId, l.Id, l.Details.LotNumber })
            .ToListAsync(cancellationToken);
        var treated = await db.TcmSessions.AsNoTracking().Where(s => clinics.Contains(s.ClinicId)).Select(s => s.PatientId).Distinct().ToListAsync(cancellationToken);
        var prescriptions = await db.HerbalPrescriptions.AsNoTracking()
            .Where(p => clinics.Contains(p.ClinicId) && p.Status == HerbalPrescriptionStatus.Signed).ToListAsync(cancellationToken);
        var batches = HerbBatches(prescriptions);
        // A herb suspect's reference is derived from its prescription version and herb (TcmSuspects.HerbReference): derive each once.
        var batchOfHerbSuspect = prescriptions.SelectMany(p => p.Items.Where(i => !string.IsNullOrWhiteSpace(i.Batch))
                .Select(i => (Reference: TcmSuspects.HerbReference(p.Id, i.HerbId), Key: BatchKey(i.HerbId, i.Batch!))))
            .ToLookup(x => x.Reference, x => x.Key);
        var exposed = infused.Select(i => i.PatientId).Concat(treated).Concat(prescriptions.Select(p => p.PatientId)).ToHashSet();
        var events = await db.AdverseEvents.AsNoTracking().Where(e => clinics.Contains(e.ClinicId)).ToListAsync(cancellationToken);
        var drafts = events.Count(e => e.Status == AdverseEventStatus.Draft);
        var exposures = infused.GroupBy(i => i.Id).Select(g => new SuspectExposure(new SuspectKey(LotKind, g.Key.ToString("D")), g.First().LotNumber.Value,
                g.Select(i => i.PatientId).Distinct().Count()))
            .Concat(batches.Select(b => new SuspectExposure(b.Key, b.Label, b.Patients.Count))).ToList();
        var exposedTo = infused.GroupBy(i => LotKey(i.Id)).ToDictionary(g => g.Key, g => g.Select(i => i.PatientId).ToHashSet())
            .Concat(batches.Select(b => new KeyValuePair<SuspectKey, HashSet<Guid>>(b.Key, b.Patients))).ToDictionary();
        var facts = events.Where(e => e.Status != AdverseEventStatus.Draft && e.Grade is not null && exposed.Contains(e.PatientId))
            .Select(e => new SafetyEventFact(e.PatientId, e.Term, e.Grade!.Value, e.IsSerious,
                [.. RelatedSuspects(e, batchOfHerbSuspect).Where(k => exposedTo.TryGetValue(k, out var patients) && patients.Contains(e.PatientId)).Distinct()]))
            .ToList();
        SafetyRates? rates = null;
        if (exposed.Count > 0)
        {
            var built = SafetyRateTable.Build(exposed.Count, facts, exposures);
            if (!built.IsSuccess)
            {
                return await audit.RefuseAsync<ClinicSafetyView>(actor, built.Errors, entry);
            }
            rates = built.Value;
        }
        await audit.RecordAsync(actor, entry with { Details = JsonSerializer.Serialize(new { patientsExposed = exposed.Count, events = facts.Count, drafts }) },
            cancellationToken);
        return new ClinicSafetyView(rates, drafts, batches.ToDictionary(b => SafetyRateTable.KeyOf(b.Key), b => (b.HerbId, b.Batch)));
    }

    /// <summary>The events where a herb batch is a suspect (any causality, drafts left out), with that suspect's causality; exposed = patients with
    /// a signed prescription holding the batch.</summary>
    public async Task<Result<HerbBatchView>> HerbBatchAsync(Actor actor, string? herbId, string? batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clinics = actor.ClinicsGranting(Permission.ReadAdverseEvents);
        var entry = new AuditEntry(HerbBatchAction, AuditOutcome.Success)
        {
            ClinicId = clinics.Count == 1 ? clinics[0] : null, EntityType = "herbBatch", EntityId = $"{herbId}/{batch}",
        };
        var prescriptions = await db.HerbalPrescriptions.AsNoTracking()
            .Where(p => clinics.Contains(p.ClinicId) && p.Status == HerbalPrescriptionStatus.Signed).ToListAsync(cancellationToken);
        var holding = prescriptions.Where(p => p.Items.Any(i => i.HerbId == herbId && i.Batch == batch)).ToList();
        if (holding.Count == 0)
        {
            return await audit.RefuseAsync<HerbBatchView>(actor, new NotFoundError("herbBatch"), entry with { Outcome = AuditOutcome.NotFound });
        }
        var item = holding[0].Items.First(i => i.HerbId == herbId);
        var ids = holding.Select(p => TcmSuspects.HerbReference(p.Id, item.HerbId)).ToList();
        var events = await db.AdverseEvents.AsNoTracking().Where(e => clinics.Contains(e.ClinicId) && e.Status != AdverseEventStatus.Draft
            && e.Suspects.Any(s => s.Kind == SuspectKind.Herb && ids.Contains(s.ReferenceId))).ToListAsync(cancellationToken);
        var patientIds = events.Select(e => e.PatientId).Distinct().ToList();
        var names = await db.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.NativeName, cancellationToken);
        var rows = new List<SuspectEventRow>();
        foreach (var e in events.OrderBy(e => e.OnsetOn))
        {
            var suspect = e.Suspects.FirstOrDefault(s => s.Kind == SuspectKind.Herb && ids.Contains(s.ReferenceId));
            if (suspect is not null)
            {
                rows.Add(new SuspectEventRow(e.Id, e.PatientId, names[e.PatientId], recipients.RecipientCode(e.PatientId), e.Term, e.Grade, e.IsSerious, e.OnsetOn,
                    suspect.Causality is { } c ? AdverseEventWireNames.Of(c) : null));
            }
        }
        await audit.RecordAsync(actor, entry with { Details = JsonSerializer.Serialize(new { eventIds = rows.Select(r => r.EventId) }) }, cancellationToken);
        return new HerbBatchView(item.HerbId, HerbName(item), batch!, holding.Select(p => p.PatientId).Distinct().Count(), rows);
    }

    /// <summary>The events that followed each recipient's infusion of a lot (the lot among the suspects, drafts left out), with the lot's
    /// causality, by recipient code: the recipients page and CSV add them; the cell lab reads the same codes.</summary>
    /// <remarks>Called after <see cref="LotRecipients.RecipientsAsync"/> has checked and audited the actor's access to the lot.</remarks>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<SuspectEventRow>>> LotEventsByRecipientAsync(Guid lotId, CancellationToken cancellationToken)
    {
        var events = await db.AdverseEvents.AsNoTracking().Where(e => e.Status != AdverseEventStatus.Draft
            && e.Suspects.Any(s => s.Kind == SuspectKind.Lot && s.ReferenceId == lotId)).ToListAsync(cancellationToken);
        return events.OrderBy(e => e.OnsetOn).GroupBy(e => recipients.RecipientCode(e.PatientId)).ToDictionary(g => g.Key,
            g => (IReadOnlyList<SuspectEventRow>)[.. g.Select(e => new SuspectEventRow(e.Id, null, null, g.Key, e.Term, e.Grade, e.IsSerious, e.OnsetOn,
                e.Suspects.First(s => s.Kind == SuspectKind.Lot && s.ReferenceId == lotId).Causality is { } c ? AdverseEventWireNames.Of(c) : null))]);
    }

    private static TimelineEntry Dated(DateTime utc, string zone, TimelineEntryKind kind, Guid id, string? name, int? grade, string? status, string? detail) =>
        new(ClinicTime.LocalDate(utc, zone), ClinicTime.Local(utc, zone), kind, id, name, grade, false, status, detail);

    private static SuspectKey LotKey(Guid lotId) => new(LotKind, lotId.ToString("D"));

    private static SuspectKey BatchKey(string herbId, string batch) => new(HerbBatchKind, $"{herbId}/{batch}");

    private static string HerbName(PrescribedHerb item) => $"{item.Pinyin} {item.Chinese} ({item.LatinName})";

    // A herb suspect refers to the prescription; its label begins with the herb's pinyin and Chinese name (ActivePrescription.Suspects).
    private static List<(SuspectKey Key, string Label, string HerbId, string Batch, HashSet<Guid> Patients)> HerbBatches(
        IReadOnlyList<HerbalPrescription> prescriptions) =>
        [.. prescriptions.SelectMany(p => p.Items.Where(i => !string.IsNullOrWhiteSpace(i.Batch)).Select(i => (p.PatientId, Item: i)))
            .GroupBy(x => BatchKey(x.Item.HerbId, x.Item.Batch!))
            .Select(g => (g.Key, $"{HerbName(g.First().Item)} {g.First().Item.Batch}", g.First().Item.HerbId, g.First().Item.Batch!,
                g.Select(x => x.PatientId).ToHashSet()))];

    // The suspects an event names for the rates: lots and herb batches whose causality is possible or stronger.
    private static IEnumerable<SuspectKey> RelatedSuspects(AdverseEvent e, ILookup<Guid, SuspectKey> batchOfHerbSuspect)
    {
        foreach (var suspect in e.Suspects.Where(s => s.IsRelated))
        {
            if (suspect.Kind == SuspectKind.Lot)
            {
                yield return LotKey(suspect.ReferenceId);
            }
            else if (suspect.Kind == SuspectKind.Herb)
            {
                foreach (var key in batchOfHerbSuspect[suspect.ReferenceId])
                {
                    yield return key;
                }
            }
        }
    }
}
