using MndCare.Domain.Explanations;
using MndCare.Domain.Results;
using static MndCare.Domain.Criteria.RegionSet;

namespace MndCare.Domain.Criteria;

/// <summary>The Gold Coast criteria for ALS: UMN and LMN signs in one region, or LMN signs in two regions.</summary>
/// <remarks>Shefner JM, Al-Chalabi A, Baker MR, et al. A proposal for new diagnostic criteria for ALS. Clin
/// Neurophysiol 2020;131:1975-1978. Procedure of Decision 9 (docs/instruments/gold-coast.md): LMN = clinical
/// LMN signs, EMG denervation or EMG fasciculation potentials; "incomplete" from Decision 6.</remarks>
public static class GoldCoast
{
    /// <summary>Regions with LMN signs that meet the criteria without UMN signs.</summary>
    /// <remarks>Shefner 2020 ("LMN dysfunction in at least 2 body regions"); Decision 9.</remarks>
    public const int LmnOnlyRegions = 2;

    /// <summary>Classifies the findings; "incomplete" when progression or exclusion of other diseases is missing.</summary>
    /// <param name="findings">The regional findings with progression and exclusion.</param>
    public static CriteriaResult<GoldCoastCategory> Classify(Findings findings)
    {
        var category = Categorize(findings);
        if (category == GoldCoastCategory.Incomplete)
        {
            return new(category, CriteriaText.Incomplete(findings), []);
        }
        var set = Of(findings);
        int lmn = set.AnyLmn, together = set.Umn & lmn;
        var lmnRegions = Count(lmn) >= LmnOnlyRegions;
        ClinicalReason[] reasons = (together != 0, lmnRegions) switch
        {
            (true, true) => [Together(together), LmnIn(lmn)],
            (true, false) => [Together(together)],
            (false, true) => [LmnIn(lmn)],
            (false, false) => [CriteriaText.Regions(ReasonCodes.GoldCoastNotAls, lmn)],
        };
        return new(category, reasons, Array.Empty<Error>());
    }

    /// <summary>The category alone, without reasons (for batch assessment).</summary>
    /// <param name="findings">The regional findings with progression and exclusion.</param>
    public static GoldCoastCategory Categorize(Findings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (!CriteriaText.IsComplete(findings))
        {
            return GoldCoastCategory.Incomplete;
        }
        var set = Of(findings);
        var lmn = set.AnyLmn;
        return (set.Umn & lmn) != 0 || Count(lmn) >= LmnOnlyRegions ? GoldCoastCategory.Als : GoldCoastCategory.NotAls;
    }

    private static ClinicalReason Together(int mask) => CriteriaText.Regions(ReasonCodes.GoldCoastTogether, mask);

    private static ClinicalReason LmnIn(int mask) => CriteriaText.Regions(ReasonCodes.GoldCoastLmnRegions, mask);
}
