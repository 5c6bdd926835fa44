namespace MndCare.Domain.Assessments;

/// <summary>Prognostic group by ALSFRS-R progression rate (ΔFS).</summary>
/// <remarks>Labra J et al. Rate of disease progression: a prognostic biomarker in ALS. JNNP 2016;87:628-632.</remarks>
public enum ProgressionGroup
{
    /// <summary>ΔFS below the slow threshold (0.47 points/month by default).</summary>
    Slow,

    /// <summary>ΔFS between the thresholds, both inclusive.</summary>
    Intermediate,

    /// <summary>ΔFS above the fast threshold (1.11 points/month by default).</summary>
    Fast,
}
