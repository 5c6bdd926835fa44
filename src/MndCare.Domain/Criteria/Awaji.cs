using MndCare.Domain.Results;
using static MndCare.Domain.Criteria.RegionSet;

namespace MndCare.Domain.Criteria;

/// <summary>The Awaji-shima criteria for ALS: revised El Escorial with EMG (fasciculations included) equal to clinical LMN signs.</summary>
/// <remarks>de Carvalho M, Dengler R, Eisen A, et al. Electrodiagnostic criteria for diagnosis of ALS. Clin
/// Neurophysiol 2008;119:497-503. Procedure of Decision 8 of clinical-instruments.md (section 5.3): the Decision 7
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
        ArgumentNullException.ThrowIfNull(findings);
        if (!CriteriaText.IsComplete(findings))
        {
            return new(AwajiCategory.Incomplete, CriteriaText.Incomplete(findings), []);
        }
        var set = Of(findings);
        int u = set.Umn, l = set.AnyLmn, b = u & l;
        var (category, reason) = Decide(u, l, b);
        return new(category, [reason], Array.Empty<Error>());
    }

    private static (AwajiCategory Category, string Reason) Decide(int u, int l, int b)
    {
        if (Count(b) >= DefiniteRegions)
        {
            return (AwajiCategory.Definite, "UMN and LMN signs (clinical or EMG) together in " + Describe(b) + ": definite.");
        }
        if (Count(u | l) >= 2 && Rostral(u, l))
        {
            return (AwajiCategory.Probable, "UMN signs in " + Describe(u) + " and LMN signs (clinical or EMG) in " + Describe(l)
                + ", some UMN signs rostral to LMN signs: probable.");
        }
        if (Count(b) == 1)
        {
            return (AwajiCategory.Possible, "UMN and LMN signs (clinical or EMG) together in only " + Describe(b) + ": possible.");
        }
        if (Count(u) >= 2 && l == 0)
        {
            return (AwajiCategory.Possible, "UMN signs alone in " + Describe(u) + ": possible.");
        }
        if (u != 0 && l != 0)
        {
            return (AwajiCategory.Possible, "UMN signs in " + Describe(u) + " and LMN signs (clinical or EMG) in " + Describe(l)
                + ", no UMN signs rostral to LMN signs: possible.");
        }
        return (AwajiCategory.NotMet, "UMN signs in " + Describe(u) + " and LMN signs (clinical or EMG) in " + Describe(l) + ": not met.");
    }
}
