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

/// <summary>The wire names of <see cref="ProgressionGroup"/> in the `mndcare assess` contract.</summary>
public static class ProgressionGroups
{
    /// <summary>"slow", "intermediate" or "fast".</summary>
    /// <param name="group">The group.</param>
    public static string WireName(this ProgressionGroup group) => group switch
    {
        ProgressionGroup.Slow => "slow",
        ProgressionGroup.Intermediate => "intermediate",
        ProgressionGroup.Fast => "fast",
    };
}
