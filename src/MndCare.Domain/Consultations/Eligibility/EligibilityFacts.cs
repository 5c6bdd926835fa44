namespace MndCare.Domain.Consultations.Eligibility;

/// <summary>What is known about a patient when the checklist is evaluated; null means not known.</summary>
/// <param name="AlsfrsrTotal">ALSFRS-R total (the clinician's assessment, or the patient's own rating).</param>
/// <param name="FvcPercentPredicted">FVC in percent of predicted.</param>
/// <param name="BreathingSupport">Breathing support now.</param>
/// <param name="MonthsSinceOnset">Months from first symptom to today.</param>
/// <param name="AgeYears">Age in whole years.</param>
/// <param name="ContraindicationsPresent">The contraindication labels the clinician found present.</param>
/// <param name="ContraindicationsRuledOut">True once the clinician has gone through the contraindication list.</param>
public sealed record EligibilityFacts(
    int? AlsfrsrTotal,
    double? FvcPercentPredicted,
    BreathingSupport? BreathingSupport,
    double? MonthsSinceOnset,
    int? AgeYears,
    IReadOnlyList<string> ContraindicationsPresent,
    bool ContraindicationsRuledOut);
