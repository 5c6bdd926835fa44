namespace MndCare.Domain.Consultations.Eligibility;

/// <summary>One line of the checklist: which criterion, the limit, the patient's value and the outcome.</summary>
/// <param name="Code">Stable code of the criterion (minAlsfrsrTotal, minFvcPercentPredicted, noInvasiveVentilation,
/// maxMonthsSinceOnset, minAgeYears, maxAgeYears, contraindication).</param>
/// <param name="Limit">The clinic's limit as text ("24", "50"), or the contraindication's label.</param>
/// <param name="Value">The patient's value as text, or null when unknown.</param>
/// <param name="Outcome">Met, not met or unknown.</param>
public sealed record EligibilityLine(string Code, string Limit, string? Value, EligibilityOutcome Outcome)
{
    /// <summary>The code of a contraindication's line: met when the condition is absent, not met when present.</summary>
    public const string ContraindicationCode = "contraindication";

    /// <summary>Whether the line is a contraindication (read as present or absent, never as met).</summary>
    public bool IsContraindication => Code == ContraindicationCode;

    /// <summary>A contraindication's label in Simplified Chinese, when the clinic gave one; null otherwise.</summary>
    public string? LimitInChinese { get; init; }

    /// <summary>The limit or label as <paramref name="language"/> reads it.</summary>
    /// <param name="language">The reader's language.</param>
    public string LimitIn(Patients.PreferredLanguage language) =>
        language == Patients.PreferredLanguage.SimplifiedChinese && LimitInChinese is { } chinese ? chinese : Limit;
}
