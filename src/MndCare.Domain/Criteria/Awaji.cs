using MndCare.Domain.Explanations;
using MndCare.Domain.Results;
using static MndCare.Domain.Criteria.RegionSet;

namespace MndCare.Domain.Criteria;

/// <summary>The Awaji-shima criteria for ALS: revised El Escorial with EMG (fasciculations included) equal to clinical LMN signs.</summary>
/// <remarks>de Carvalho M, Dengler R, Eisen A, et al. Electrodiagnostic criteria for diagnosis of ALS. Clin
/// Neurophysiol 2008;119:497-503. Procedure of Decision 8 (docs/instruments/awaji.md): the Decision 7
/// procedure with L = regions with clinical LMN signs, EMG denervation or EMG fasciculation potentials, and no
/// laboratory-supported category; "incomplete" from Decision 6.</remarks>
public static class Awaji
{
    /// <summary>Regions with UMN and LMN signs together for "definite" (bulbar + 2 spinal, or 3 spinal regions).</summary>
    /// <remarks>de Carvalho 2008; Decision 8.</remarks>
    public const int DefiniteRegions = 3;

    /// <summary>Classifies the findings; "incomplete" when progression or exclusion of other diseases is missing.</summary>
    /// <param name="findings">The regional findings with progression and exclusion.</param>
    public static CriteriaResult<AwajiCategory> Classify(Findings findings)
    {
        var category = Categorize(findings);
        if (category == AwajiCategory.Incomplete)
        {
            return new(category, CriteriaText.Incomplete(findings), []);
        }
        var set = Of(findings);
        return new(category, [Explain(category, set.Umn, set.AnyLmn)], Array.Empty<Error>());
    }

    /// <summary>The category alone, without reasons (for batch assessment).</summary>
    /// <param name="findings">The regional findings with progression and exclusion.</param>
    public static AwajiCategory Categorize(Findings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (!CriteriaText.IsComplete(findings))
        {
            return AwajiCategory.Incomplete;
        }
        var set = Of(findings);
        int u = set.Umn, l = set.AnyLmn, b = u & l;
        if (Count(b) >= DefiniteRegions)
        {
            return AwajiCategory.Definite;
        }
        if (Count(u | l) >= 2 && Rostral(u, l))
        {
            return AwajiCategory.Probable;
        }
        return Count(b) == 1 || (Count(u) >= 2 && l == 0) || (u != 0 && l != 0) ? AwajiCategory.Possible : AwajiCategory.NotMet;
    }

    private static ClinicalReason Explain(AwajiCategory category, int u, int l)
    {
        var b = u & l;
        return category switch
        {
            AwajiCategory.Definite => CriteriaText.Regions(ReasonCodes.AwajiDefinite, b),
            AwajiCategory.Probable => CriteriaText.Regions(ReasonCodes.AwajiProbable, u, l),
            AwajiCategory.Possible when Count(b) == 1 => CriteriaText.Regions(ReasonCodes.AwajiPossibleOneRegion, b),
            AwajiCategory.Possible when Count(u) >= 2 && l == 0 => CriteriaText.Regions(ReasonCodes.AwajiPossibleUmnOnly, u),
            AwajiCategory.Possible => CriteriaText.Regions(ReasonCodes.AwajiPossibleNotRostral, u, l),
            AwajiCategory.NotMet => CriteriaText.Regions(ReasonCodes.AwajiNotMet, u, l),
            AwajiCategory.Incomplete => throw new ArgumentOutOfRangeException(nameof(category), "Incomplete has its own reasons."),
        };
    }
}
