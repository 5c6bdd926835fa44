namespace MndCare.Domain.Assessments;

/// <summary>ALS Milano-Torino staging (MiToS) from ALSFRS-R items.</summary>
/// <remarks>Chiò A et al. Development and evaluation of a clinical staging system for ALS. JNNP 2015;86:38-44,
/// Table 1, as fixed by Decision 5 of clinical-instruments.md: movement lost if item 8 ≤ 1 or item 6 ≤ 1;
/// swallowing lost if item 3 ≤ 1; communicating lost if item 1 ≤ 1 AND item 4 ≤ 1; breathing lost if item 10 ≤ 1
/// or item 12 ≤ 2. Stage = number of domains lost; death = 5.</remarks>
public static class MitosStaging
{
    /// <summary>An item at or below this score means independence is lost in its domain.</summary>
    public const int LostAtOrBelow = 1;

    /// <summary>Item 12 (respiratory insufficiency) at or below this means breathing is lost.</summary>
    public const int RespiratoryInsufficiencyLostAtOrBelow = 2;

    /// <summary>The stage of a deceased patient.</summary>
    public const int DeceasedStage = 5;

    private static readonly MitosStageResult Deceased = new(DeceasedStage, ["The patient has died: stage 5."]);

    /// <summary>Stage 5 for a deceased patient, whatever the items.</summary>
    public static MitosStageResult ForDeceased() => Deceased;

    /// <summary>The stage of a living patient.</summary>
    /// <param name="alsfrsR">A valid ALSFRS-R.</param>
    public static MitosStageResult Stage(AlsfrsR alsfrsR)
    {
        ArgumentNullException.ThrowIfNull(alsfrsR);
        var reasons = new List<string>(4);
        if (alsfrsR.Walking <= LostAtOrBelow || alsfrsR.Dressing <= LostAtOrBelow)
        {
            reasons.Add($"Movement lost (item 8 walking {alsfrsR.Walking}, item 6 dressing {alsfrsR.Dressing}; either ≤ 1).");
        }
        if (alsfrsR.Swallowing <= LostAtOrBelow)
        {
            reasons.Add($"Swallowing lost (item 3 is {alsfrsR.Swallowing} ≤ 1).");
        }
        if (alsfrsR.Speech <= LostAtOrBelow && alsfrsR.Handwriting <= LostAtOrBelow)
        {
            reasons.Add($"Communicating lost (item 1 speech {alsfrsR.Speech} and item 4 handwriting {alsfrsR.Handwriting}, both ≤ 1).");
        }
        if (alsfrsR.Dyspnea <= LostAtOrBelow || alsfrsR.RespiratoryInsufficiency <= RespiratoryInsufficiencyLostAtOrBelow)
        {
            reasons.Add($"Breathing lost (item 10 dyspnoea {alsfrsR.Dyspnea} ≤ 1 or item 12 {alsfrsR.RespiratoryInsufficiency} ≤ 2).");
        }
        return reasons.Count == 0
            ? new MitosStageResult(0, ["No domain lost: stage 0."])
            : new MitosStageResult(reasons.Count, reasons);
    }
}
