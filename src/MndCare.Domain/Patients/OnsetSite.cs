namespace MndCare.Domain.Patients;

/// <summary>Where the first symptom of motor neuron disease appeared.</summary>
/// <remarks>The values of the onset-site field of the `mndcare assess` contract (docs/instruments/assess-contract.md); bulbar
/// versus the rest is an ENCALS predictor (Westeneng et al., Lancet Neurol 2018).</remarks>
public enum OnsetSite
{
    /// <summary>Speech or swallowing.</summary>
    Bulbar,

    /// <summary>Arm or hand.</summary>
    UpperLimb,

    /// <summary>Leg or foot.</summary>
    LowerLimb,

    /// <summary>Trunk muscles.</summary>
    Trunk,

    /// <summary>Breathing muscles.</summary>
    Respiratory,

    /// <summary>Several regions at once.</summary>
    Generalized,
}
