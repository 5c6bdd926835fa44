using MndCare.Application.Assessments;
using MndCare.Application.Assessments.Wordings;
using MndCare.Domain.Consultations;
using MndCare.Domain.Consultations.Eligibility;

namespace MndCare.Application.Consultations.Reports;

/// <summary>Everything a consultation report is composed from, gathered and checked by the use case.</summary>
/// <param name="Consultation">The consultation as the clinic sees it.</param>
/// <param name="BirthDate">The patient's date of birth.</param>
/// <param name="Today">Today in the clinic's time zone.</param>
/// <param name="Assessment">The clinician's assessment used, or null.</param>
/// <param name="Checklist">The eligibility checklist evaluated for the patient.</param>
/// <param name="Recommendation">The recommendation.</param>
/// <param name="RecommendationText">The clinician's explanation.</param>
/// <param name="ProposedPlan">The plan, when the programme is offered.</param>
/// <param name="Costs">The costs text, or null.</param>
/// <param name="VersionNumber">The version this report will be.</param>
/// <param name="CorrectionReason">Why the previous version is corrected, or null for version 1.</param>
/// <param name="Safeguard">The checks of an offer of the programme; null for the other recommendations.</param>
/// <param name="OverrideReason">Why the programme is offered although a check failed; null when none failed.</param>
public sealed record ReportFacts(
    ConsultationView Consultation,
    DateOnly BirthDate,
    DateOnly Today,
    AssessmentReport? Assessment,
    EligibilityChecklist Checklist,
    ProgrammeRecommendation Recommendation,
    string? RecommendationText,
    string? ProposedPlan,
    string? Costs,
    int VersionNumber,
    string? CorrectionReason,
    OfferSafeguard? Safeguard,
    string? OverrideReason)
{
    /// <summary>The clinic's ALSFRS-R wordings, to name the one each score was rated in.</summary>
    public required AlsfrsRWordings Wordings { get; init; }
}
