namespace MndCare.Domain.Criteria;

/// <summary>The outcome of the Gold Coast criteria: ALS or not.</summary>
/// <remarks>Shefner JM et al. A proposal for new diagnostic criteria for ALS. Clin Neurophysiol 2020;131:1975-1978;
/// Decisions 6 and 9 (docs/instruments/decided-readings.md).</remarks>
public enum GoldCoastCategory
{
    /// <summary>Progression is not documented or other diseases are not excluded (Decision 6).</summary>
    Incomplete,

    /// <summary>The criteria are not met.</summary>
    NotAls,

    /// <summary>The criteria are met.</summary>
    Als,
}
