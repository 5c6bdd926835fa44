namespace MndCare.Domain.Consultations.Eligibility;

/// <summary>The outcome of one checklist line, or of the whole checklist.</summary>
public enum EligibilityOutcome
{
    /// <summary>The criterion is met.</summary>
    Met,

    /// <summary>The criterion is not met; the patient is not eligible.</summary>
    NotMet,

    /// <summary>The fact needed is not known yet.</summary>
    Unknown,
}
