namespace MndCare.Application.Consultations.Reports;

/// <summary>What the clinician decides in the consultation workspace; the rest of the report is composed from the record.</summary>
/// <param name="AssessmentId">The clinician's assessment of this patient the report uses; null to use the patient's self-rating only.</param>
/// <param name="ContraindicationsPresent">Contraindication labels (from the clinic's list) the clinician found present.</param>
/// <param name="ContraindicationsRuledOut">True once every contraindication on the list has been considered.</param>
/// <param name="Recommendation">offerProgramme, doNotOffer or needsFurtherInformation.</param>
/// <param name="RecommendationText">The clinician's explanation, in the patient's language.</param>
/// <param name="ProposedPlan">The plan when the programme is offered (dates, infusions, TCM); required then.</param>
/// <param name="Costs">What the programme costs and what is included.</param>
/// <param name="CorrectionReason">Why an earlier signed version is corrected; only for a new version.</param>
/// <param name="OverrideReason">Why the programme is offered although a safeguard failed (<see cref="Domain.Consultations.OfferSafeguard"/>).</param>
public sealed record ReportDraft(
    Guid? AssessmentId,
    IReadOnlyList<string> ContraindicationsPresent,
    bool ContraindicationsRuledOut,
    string? Recommendation,
    string? RecommendationText,
    string? ProposedPlan,
    string? Costs,
    string? CorrectionReason,
    string? OverrideReason = null);
