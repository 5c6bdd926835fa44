using MndCare.Application.Safety.Rates;

namespace MndCare.Application.Safety.Views;

/// <summary>What a line of a patient's safety timeline is.</summary>
public enum TimelineEntryKind
{
    /// <summary>A started infusion (its lot).</summary>
    Infusion,

    /// <summary>A TCM session (its modality).</summary>
    TcmSession,

    /// <summary>A graded lab result.</summary>
    LabResult,

    /// <summary>An adverse event (term, grade, seriousness, status).</summary>
    AdverseEvent,
}

/// <summary>One line of the timeline, dated in the clinic's zone.</summary>
/// <param name="On">The clinic's date (infusion start, session, collection, event onset or first knowledge).</param>
/// <param name="At">The clinic's local time where one is recorded; null for an event (a date).</param>
/// <param name="Kind">What it is.</param>
/// <param name="Id">The record's id (links to its page).</param>
/// <param name="Name">Lot number, modality wire name, lab test wire name or CTCAE term; null for a lot the reader may not see.</param>
/// <param name="Grade">CTCAE grade of a lab result or event.</param>
/// <param name="Serious">Whether an event meets an ICH E2A criterion.</param>
/// <param name="Status">An event's status (draft, recorded, assessed) or an infusion's.</param>
/// <param name="Detail">Units infused, or the lab value with its unit.</param>
public sealed record TimelineEntry(DateOnly On, DateTimeOffset? At, TimelineEntryKind Kind, Guid Id, string? Name, int? Grade, bool Serious, string? Status,
    string? Detail);

/// <summary>A patient's safety timeline, oldest first.</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="PatientName">The patient's name.</param>
/// <param name="Mrn">The medical record number.</param>
/// <param name="TimeZoneId">The clinic's zone the dates are in.</param>
/// <param name="ShowsLots">False for the patient's own view: patients never see lots (issue 8).</param>
/// <param name="Entries">The lines.</param>
public sealed record PatientTimelineView(Guid PatientId, string PatientName, string Mrn, string TimeZoneId, bool ShowsLots, IReadOnlyList<TimelineEntry> Entries);

/// <summary>The clinic's safety rate table with what it leaves out.</summary>
/// <param name="Rates">The rows; null when no patient is exposed yet.</param>
/// <param name="Drafts">Draft events, not counted (not yet confirmed by staff).</param>
/// <param name="HerbBatches">The herb batches of the suspect rows (herb id, batch), to link to their views.</param>
public sealed record ClinicSafetyView(SafetyRates? Rates, int Drafts, IReadOnlyDictionary<string, (string HerbId, string Batch)> HerbBatches);

/// <summary>One event where a herb batch (or a lot) is a suspect, with that suspect's causality.</summary>
/// <param name="EventId">The event.</param>
/// <param name="PatientId">The patient; null when coded.</param>
/// <param name="PatientName">The patient's name; null when coded.</param>
/// <param name="RecipientCode">The coded recipient (R-…).</param>
/// <param name="Term">CTCAE term.</param>
/// <param name="Grade">CTCAE grade.</param>
/// <param name="Serious">ICH E2A serious.</param>
/// <param name="OnsetOn">Onset.</param>
/// <param name="Causality">The WHO-UMC category for this suspect; null while not assessed.</param>
public sealed record SuspectEventRow(Guid EventId, Guid? PatientId, string? PatientName, string RecipientCode, string Term, int? Grade, bool Serious,
    DateOnly? OnsetOn, string? Causality);

/// <summary>The events naming one herb batch as a suspect.</summary>
/// <param name="HerbId">The catalogue id.</param>
/// <param name="HerbName">Pinyin, Chinese and Latin name.</param>
/// <param name="Batch">The batch number.</param>
/// <param name="PatientsExposed">Patients with a signed prescription containing the batch.</param>
/// <param name="Events">The events, earliest onset first.</param>
public sealed record HerbBatchView(string HerbId, string HerbName, string Batch, int PatientsExposed, IReadOnlyList<SuspectEventRow> Events);
