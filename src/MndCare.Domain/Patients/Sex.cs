namespace MndCare.Domain.Patients;

/// <summary>Administrative sex, as recorded for registration.</summary>
/// <remarks>HL7 FHIR R4 AdministrativeGender (male | female | other | unknown). Reference equations that need a
/// biological sex (Hankinson 1999) say so and ask for it explicitly.</remarks>
public enum Sex
{
    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,

    /// <summary>Other.</summary>
    Other,

    /// <summary>Not known.</summary>
    Unknown,
}
