namespace MndCare.Domain.Clinics;

/// <summary>The role a user holds in one clinic.</summary>
/// <remarks>Stored by name; the names are part of the data and never renamed.</remarks>
public enum ClinicRole
{
    /// <summary>A patient, or a family member acting for one (the relationship is recorded on the membership).</summary>
    Patient,

    /// <summary>A physician who assesses, diagnoses and treats.</summary>
    Clinician,

    /// <summary>A nurse who records observations and cares for patients.</summary>
    Nurse,

    /// <summary>A practitioner of Traditional Chinese Medicine.</summary>
    TcmPractitioner,

    /// <summary>Cell-processing laboratory staff; they see product codes, never patient identities.</summary>
    CellLab,

    /// <summary>Runs the clinic: registrations and users, not clinical charts.</summary>
    Administrator,

    /// <summary>Reviews the audit trail; read-only.</summary>
    Auditor,
}
