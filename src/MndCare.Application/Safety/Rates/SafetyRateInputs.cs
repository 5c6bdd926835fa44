namespace MndCare.Application.Safety.Rates;

/// <summary>What a rate row is about: a suspect is named by its kind and the id of what it refers to (the adverse event's suspect: kind, reference id, label).</summary>
/// <param name="Kind">The suspect's kind as the adverse-event code writes it, e.g. "lot" or "herbBatch".</param>
/// <param name="Reference">The id of the lot, batch or other suspect, as text.</param>
public sealed record SuspectKey(string Kind, string Reference);

/// <summary>One adverse event as the rate table counts it.</summary>
/// <param name="PatientId">The patient who had it; rows count patients, not events.</param>
/// <param name="Term">The CTCAE term, e.g. "Fever".</param>
/// <param name="Grade">The CTCAE grade, 1 to 5.</param>
/// <param name="Serious">True when any ICH E2A seriousness criterion is met.</param>
/// <param name="Suspects">The suspects named on the event (lots, herb batches) that the caller wants counted.</param>
public sealed record SafetyEventFact(Guid PatientId, string Term, int Grade, bool Serious, IReadOnlyList<SuspectKey> Suspects);

/// <summary>How many patients were exposed to one suspect: the denominator of its row.</summary>
/// <param name="Suspect">The lot or herb batch.</param>
/// <param name="Label">How the row names it, e.g. the lot number.</param>
/// <param name="PatientsExposed">Distinct patients who received it.</param>
public sealed record SuspectExposure(SuspectKey Suspect, string Label, int PatientsExposed);
