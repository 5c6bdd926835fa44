namespace MndCare.Domain.Consultations;

/// <summary>The breathing support a patient uses now.</summary>
public enum BreathingSupport
{
    /// <summary>No breathing support.</summary>
    None,

    /// <summary>Non-invasive ventilation (mask) for part of the day or night.</summary>
    NonInvasivePartTime,

    /// <summary>Non-invasive ventilation for most of the day and night (22 hours or more).</summary>
    NonInvasiveFullTime,

    /// <summary>Invasive ventilation through a tracheostomy.</summary>
    Invasive,
}
