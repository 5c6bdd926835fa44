using MndCare.Domain.Explanations;

namespace MndCare.Domain.Assessments;

/// <summary>ALS Milano-Torino staging (MiToS) from ALSFRS-R items.</summary>
/// <remarks>Chiò A et al. Development and evaluation of a clinical staging system for ALS. JNNP 2015;86:38-44,
/// Table 1, as fixed by Decision 5 (docs/instruments/decided-readings.md): movement lost if item 8 ≤ 1 or item 6 ≤ 1;
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

    private static readonly MitosStageResult Deceased = new(DeceasedStage, [new ClinicalReason(ReasonCodes.MitosDeceased)]);

    /// <summary>Stage 5 for a deceased patient, whatever the items.</summary>
    public static MitosStageResult ForDeceased() => Deceased;

    /// <summary>The stage alone: the number of domains lost (for batch assessment).</summary>
    /// <param name="alsfrsR">A valid ALSFRS-R.</param>
    public static int StageOf(AlsfrsR alsfrsR)
    {
        ArgumentNullException.ThrowIfNull(alsfrsR);
        return (MovementLost(alsfrsR) ? 1 : 0) + (SwallowingLost(alsfrsR) ? 1 : 0) + (CommunicatingLost(alsfrsR) ? 1 : 0)
            + (BreathingLost(alsfrsR) ? 1 : 0);
    }

    private static bool MovementLost(AlsfrsR a) => a.Walking <= LostAtOrBelow || a.Dressing <= LostAtOrBelow;

    private static bool SwallowingLost(AlsfrsR a) => a.Swallowing <= LostAtOrBelow;

    // Chiò 2015 Table 1 combines speech AND handwriting (Decision 5).
    private static bool CommunicatingLost(AlsfrsR a) => a.Speech <= LostAtOrBelow && a.Handwriting <= LostAtOrBelow;

    private static bool BreathingLost(AlsfrsR a) => a.Dyspnea <= LostAtOrBelow || a.RespiratoryInsufficiency <= RespiratoryInsufficiencyLostAtOrBelow;

    /// <summary>The stage of a living patient, with the reasons.</summary>
    /// <param name="alsfrsR">A valid ALSFRS-R.</param>
    public static MitosStageResult Stage(AlsfrsR alsfrsR)
    {
        ArgumentNullException.ThrowIfNull(alsfrsR);
        var reasons = new List<ClinicalReason>(4);
        if (MovementLost(alsfrsR))
        {
            reasons.Add(new(ReasonCodes.MitosMovementLost, ReasonValue.Whole(alsfrsR.Walking), ReasonValue.Whole(alsfrsR.Dressing)));
        }
        if (SwallowingLost(alsfrsR))
        {
            reasons.Add(new(ReasonCodes.MitosSwallowingLost, ReasonValue.Whole(alsfrsR.Swallowing)));
        }
        if (CommunicatingLost(alsfrsR))
        {
            reasons.Add(new(ReasonCodes.MitosCommunicatingLost, ReasonValue.Whole(alsfrsR.Speech), ReasonValue.Whole(alsfrsR.Handwriting)));
        }
        if (BreathingLost(alsfrsR))
        {
            reasons.Add(new(ReasonCodes.MitosBreathingLost, ReasonValue.Whole(alsfrsR.Dyspnea), ReasonValue.Whole(alsfrsR.RespiratoryInsufficiency)));
        }
        return reasons.Count == 0
            ? new MitosStageResult(0, [new ClinicalReason(ReasonCodes.MitosNoDomainLost)])
            : new MitosStageResult(reasons.Count, reasons);
    }
}
