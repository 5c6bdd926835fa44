namespace MndCare.Domain.Clinics;

/// <summary>How a patient-role user relates to the patient whose record they reach.</summary>
/// <remarks>Codes follow the spirit of HL7 v3 RoleCode personal relationships, kept to what families report.</remarks>
public enum PatientRelationship
{
    /// <summary>The patient themself.</summary>
    Self,

    /// <summary>Husband, wife or partner.</summary>
    Spouse,

    /// <summary>Mother or father.</summary>
    Parent,

    /// <summary>Son or daughter.</summary>
    Child,

    /// <summary>Brother or sister.</summary>
    Sibling,

    /// <summary>Another relative.</summary>
    OtherRelative,

    /// <summary>A carer or friend who is not a relative.</summary>
    Carer,
}
