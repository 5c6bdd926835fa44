namespace MndCare.Domain.Consultations;

/// <summary>The diagnosis the patient reports having been given (not the clinic's own classification).</summary>
public enum ReportedDiagnosis
{
    /// <summary>Amyotrophic lateral sclerosis.</summary>
    Als,

    /// <summary>Progressive muscular atrophy.</summary>
    Pma,

    /// <summary>Progressive bulbar palsy.</summary>
    Pbp,

    /// <summary>Primary lateral sclerosis.</summary>
    Pls,

    /// <summary>Motor neuron disease without a named type.</summary>
    MndUnspecified,

    /// <summary>Symptoms are being investigated; no diagnosis yet.</summary>
    NotYetDiagnosed,
}
