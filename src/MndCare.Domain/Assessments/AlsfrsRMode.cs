namespace MndCare.Domain.Assessments;

/// <summary>Who rated the ALSFRS-R.</summary>
/// <remarks>The self-administered form has the same items and scoring (docs/instruments/alsfrs-r.md); the
/// mode is stored because the two are not interchangeable in analyses.</remarks>
public enum AlsfrsRMode
{
    /// <summary>Rated by a clinician at a visit or by telephone.</summary>
    Clinician,

    /// <summary>Rated by the patient or a carer.</summary>
    SelfAdministered,
}
