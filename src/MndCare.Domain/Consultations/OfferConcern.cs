namespace MndCare.Domain.Consultations;

/// <summary>Why a report that offers the programme needs an override reason before it is signed.</summary>
public enum OfferConcern
{
    /// <summary>The report uses no clinician assessment (only the patient's own rating).</summary>
    NoClinicianAssessment,

    /// <summary>The clinician assessment used is older than the clinic allows.</summary>
    AssessmentNotCurrent,

    /// <summary>Some eligibility criteria are not known.</summary>
    CriteriaUnanswered,

    /// <summary>The patient does not meet some eligibility criteria (a contraindication is present, or a limit is not met).</summary>
    CriteriaNotMet,
}
