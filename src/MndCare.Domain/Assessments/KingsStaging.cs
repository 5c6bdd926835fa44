namespace MndCare.Domain.Assessments;

/// <summary>Estimates King's stage from ALSFRS-R items.</summary>
/// <remarks>Balendra R et al. ALS FTD 2014;15:279-284 mapping as implemented in yoonhohong/proact [C] and fixed by
/// Decision 4 of clinical-instruments.md: bulbar if item 1, 2 or 3 &lt; 4; upper limb if item 4 &lt; 4 or item 5a
/// &lt; 4 (5a only when answered); lower limb if item 8 &lt; 4; 4A = item 5b answered; 4B = item 10 = 0 or item 12
/// &lt; 4; deceased = 5.</remarks>
public static class KingsStaging
{
    /// <summary>The note for a patient with symptoms only in regions the mapping does not cover.</summary>
    public const string UnmappedRegionNote = "No mapped region is involved (symptoms only in items the King's mapping does not use); reported as stage 1.";

    private static readonly KingsStageResult Deceased = new(KingsStage.Five, ["The patient has died: stage 5."], null);

    /// <summary>Stage 5 for a deceased patient, whatever the items.</summary>
    public static KingsStageResult ForDeceased() => Deceased;

    /// <summary>The stage of a living patient.</summary>
    /// <param name="alsfrsR">A valid ALSFRS-R.</param>
    public static KingsStageResult Stage(AlsfrsR alsfrsR)
    {
        ArgumentNullException.ThrowIfNull(alsfrsR);
        var gastrostomy = alsfrsR.CuttingWithGastrostomy is not null;
        var ventilation = alsfrsR.Dyspnea == 0 || alsfrsR.RespiratoryInsufficiency < AlsfrsR.MaxItemScore;
        if (gastrostomy || ventilation)
        {
            var reasons = new List<string>(2);
            if (gastrostomy)
            {
                reasons.Add("Item 5b (cutting with gastrostomy) was rated: 4A.");
            }
            if (ventilation)
            {
                reasons.Add(alsfrsR.Dyspnea == 0
                    ? "Item 10 (dyspnoea) is 0: 4B."
                    : $"Item 12 (respiratory insufficiency) is {alsfrsR.RespiratoryInsufficiency} < 4: 4B.");
            }
            var stage = gastrostomy && ventilation ? KingsStage.FourAAndFourB : gastrostomy ? KingsStage.FourA : KingsStage.FourB;
            return new KingsStageResult(stage, reasons, null);
        }

        var involved = new List<string>(3);
        if (alsfrsR.Speech < AlsfrsR.MaxItemScore || alsfrsR.Salivation < AlsfrsR.MaxItemScore || alsfrsR.Swallowing < AlsfrsR.MaxItemScore)
        {
            involved.Add($"Bulbar region involved (items 1-3: {alsfrsR.Speech}, {alsfrsR.Salivation}, {alsfrsR.Swallowing}).");
        }
        if (alsfrsR.Handwriting < AlsfrsR.MaxItemScore || alsfrsR.CuttingWithoutGastrostomy < AlsfrsR.MaxItemScore)
        {
            involved.Add($"Upper limb involved (item 4: {alsfrsR.Handwriting}, item 5a: {alsfrsR.CuttingWithoutGastrostomy}).");
        }
        if (alsfrsR.Walking < AlsfrsR.MaxItemScore)
        {
            involved.Add($"Lower limb involved (item 8: {alsfrsR.Walking}).");
        }
        return involved.Count switch
        {
            0 => new KingsStageResult(KingsStage.One, [UnmappedRegionNote], UnmappedRegionNote),
            1 => new KingsStageResult(KingsStage.One, involved, null),
            2 => new KingsStageResult(KingsStage.Two, involved, null),
            _ => new KingsStageResult(KingsStage.Three, involved, null),
        };
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
