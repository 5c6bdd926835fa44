namespace MndCare.Domain.FollowUp;

/// <summary>A milestone of the disease that follow-up records with its date.</summary>
/// <remarks>The ENCALS composite endpoint is <see cref="PermanentVentilation"/>, <see cref="Tracheostomy"/> or <see cref="Death"/>
/// (Westeneng et al., Lancet Neurol 2018; docs/instruments/encals.md). Stored by name; the names are data and never renamed.</remarks>
public enum ClinicalEventKind
{
    /// <summary>A gastrostomy (feeding tube through the abdominal wall) was placed.</summary>
    Gastrostomy,

    /// <summary>Non-invasive ventilation was started.</summary>
    NonInvasiveVentilation,

    /// <summary>Non-invasive ventilation for more than 23 hours a day (the ENCALS endpoint).</summary>
    PermanentVentilation,

    /// <summary>A tracheostomy (invasive ventilation) was performed.</summary>
    Tracheostomy,

    /// <summary>The patient died.</summary>
    Death,
}
