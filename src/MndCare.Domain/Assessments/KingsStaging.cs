using MndCare.Domain.Explanations;

namespace MndCare.Domain.Assessments;

/// <summary>Estimates King's stage from ALSFRS-R items.</summary>
/// <remarks>Balendra R et al. ALS FTD 2014;15:279-284 mapping as implemented in yoonhohong/proact [C] and fixed by
/// Decision 4 (docs/instruments/decided-readings.md): bulbar if item 1, 2 or 3 &lt; 4; upper limb if item 4 &lt; 4 or item 5a
/// &lt; 4 (5a only when answered); lower limb if item 8 &lt; 4; 4A = item 5b answered; 4B = item 10 = 0 or item 12
/// &lt; 4; deceased = 5.</remarks>
public static class KingsStaging
{
    /// <summary>The note for a patient with symptoms only in regions the mapping does not cover (Decision 4).</summary>
    public static readonly ClinicalReason UnmappedRegionNote = new(ReasonCodes.KingsNoMappedRegion);

    private static readonly KingsStageResult Deceased = new(KingsStage.Five, [new(ReasonCodes.KingsDeceased)], null);

    /// <summary>Stage 5 for a deceased patient, whatever the items.</summary>
    public static KingsStageResult ForDeceased() => Deceased;

    /// <summary>The stage alone, and whether no mapped region was involved (for batch assessment).</summary>
    /// <param name="alsfrsR">A valid ALSFRS-R.</param>
    public static (KingsStage Stage, bool NoMappedRegion) StageOf(AlsfrsR alsfrsR)
    {
        ArgumentNullException.ThrowIfNull(alsfrsR);
        bool gastrostomy = Gastrostomy(alsfrsR), ventilation = Ventilation(alsfrsR);
        if (gastrostomy || ventilation)
        {
            return (gastrostomy && ventilation ? KingsStage.FourAAndFourB : gastrostomy ? KingsStage.FourA : KingsStage.FourB, false);
        }
        var regions = (Bulbar(alsfrsR) ? 1 : 0) + (UpperLimb(alsfrsR) ? 1 : 0) + (LowerLimb(alsfrsR) ? 1 : 0);
        return regions switch
        {
            0 => (KingsStage.One, true),
            1 => (KingsStage.One, false),
            2 => (KingsStage.Two, false),
            _ => (KingsStage.Three, false),
        };
    }

    // 4A = item 5b answered; 4B = item 10 = 0 or item 12 < 4 (Decision 4).
    private static bool Gastrostomy(AlsfrsR a) => a.CuttingWithGastrostomy is not null;

    private static bool Ventilation(AlsfrsR a) => a.Dyspnea == 0 || a.RespiratoryInsufficiency < AlsfrsR.MaxItemScore;

    private static bool Bulbar(AlsfrsR a) => a.Speech < AlsfrsR.MaxItemScore || a.Salivation < AlsfrsR.MaxItemScore || a.Swallowing < AlsfrsR.MaxItemScore;

    // Item 5 counts for the upper limb only as 5a (Decision 4).
    private static bool UpperLimb(AlsfrsR a) => a.Handwriting < AlsfrsR.MaxItemScore || a.CuttingWithoutGastrostomy < AlsfrsR.MaxItemScore;

    private static bool LowerLimb(AlsfrsR a) => a.Walking < AlsfrsR.MaxItemScore;

    /// <summary>The stage of a living patient, with the reasons.</summary>
    /// <param name="alsfrsR">A valid ALSFRS-R.</param>
    public static KingsStageResult Stage(AlsfrsR alsfrsR)
    {
        var (stage, noMappedRegion) = StageOf(alsfrsR);
        bool gastrostomy = Gastrostomy(alsfrsR), ventilation = Ventilation(alsfrsR);
        if (gastrostomy || ventilation)
        {
            var reasons = new List<ClinicalReason>(2);
            if (gastrostomy)
            {
                reasons.Add(new(ReasonCodes.KingsGastrostomy));
            }
            if (ventilation)
            {
                reasons.Add(alsfrsR.Dyspnea == 0
                    ? new(ReasonCodes.KingsDyspneaZero)
                    : new(ReasonCodes.KingsRespiratoryInsufficiency, ReasonValue.Whole(alsfrsR.RespiratoryInsufficiency)));
            }
            return new KingsStageResult(stage, reasons, null);
        }
        if (noMappedRegion)
        {
            return new KingsStageResult(stage, [UnmappedRegionNote], UnmappedRegionNote);
        }

        var involved = new List<ClinicalReason>(3);
        if (Bulbar(alsfrsR))
        {
            involved.Add(new(ReasonCodes.KingsBulbar, ReasonValue.Whole(alsfrsR.Speech), ReasonValue.Whole(alsfrsR.Salivation),
                ReasonValue.Whole(alsfrsR.Swallowing)));
        }
        if (UpperLimb(alsfrsR))
        {
            // Without a gastrostomy item 5a is always rated (Decision 4), so its score is known here.
            involved.Add(new(ReasonCodes.KingsUpperLimb, ReasonValue.Whole(alsfrsR.Handwriting), ReasonValue.Whole(alsfrsR.CuttingWithoutGastrostomy!.Value)));
        }
        if (LowerLimb(alsfrsR))
        {
            involved.Add(new(ReasonCodes.KingsLowerLimb, ReasonValue.Whole(alsfrsR.Walking)));
        }
        return new KingsStageResult(stage, involved, null);
    }

    /// <summary>The stage as the batch contract writes it: "1", "2", "3", "4A", "4B", "4A+4B" or "5".</summary>
    /// <param name="stage">The stage.</param>
    public static string WireName(this KingsStage stage) => stage switch
    {
        KingsStage.One => "1",
        KingsStage.Two => "2",
        KingsStage.Three => "3",
        KingsStage.FourA => "4A",
        KingsStage.FourB => "4B",
        KingsStage.FourAAndFourB => "4A+4B",
        KingsStage.Five => "5",
    };
}
