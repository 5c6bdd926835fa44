namespace MndCare.Domain.Respiratory;

/// <summary>The ethnic groups for which Hankinson 1999 (NHANES III) publishes spirometry reference equations.</summary>
/// <remarks>Hankinson JL, Odencrantz JR, Fedan KB. Spirometric reference values from a sample of the general U.S.
/// population. Am J Respir Crit Care Med 1999;159:179-187, Tables 4-5. Contract strings (docs/instruments/fvc-hankinson.md):
/// <c>caucasian</c>, <c>africanAmerican</c>, <c>mexicanAmerican</c>.</remarks>
public enum SpirometryEthnicity
{
    /// <summary>Caucasian.</summary>
    Caucasian,

    /// <summary>African-American.</summary>
    AfricanAmerican,

    /// <summary>Mexican-American.</summary>
    MexicanAmerican,
}
