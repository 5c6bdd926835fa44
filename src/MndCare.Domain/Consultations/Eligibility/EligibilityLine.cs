namespace MndCare.Domain.Consultations.Eligibility;

/// <summary>One line of the checklist: which criterion, the limit, the patient's value and the outcome.</summary>
/// <param name="Code">Stable code of the criterion (minAlsfrsrTotal, minFvcPercentPredicted, noInvasiveVentilation,
/// maxMonthsSinceOnset, minAgeYears, maxAgeYears, contraindication).</param>
/// <param name="Limit">The clinic's limit as text ("24", "50"), or the contraindication's label.</param>
/// <param name="Value">The patient's value as text, or null when unknown.</param>
/// <param name="Outcome">Met, not met or unknown.</param>
public sealed record EligibilityLine(string Code, string Limit, string? Value, EligibilityOutcome Outcome);
