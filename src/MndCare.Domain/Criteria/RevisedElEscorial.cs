using MndCare.Domain.Explanations;
using MndCare.Domain.Results;
using static MndCare.Domain.Criteria.RegionSet;

namespace MndCare.Domain.Criteria;

/// <summary>The revised El Escorial (Airlie House) criteria for ALS.</summary>
/// <remarks>Brooks BR, Miller RG, Swash M, Munsat TL. El Escorial revisited: revised criteria for the diagnosis of
/// amyotrophic lateral sclerosis. ALS 2000;1:293-299. Procedure of Decision 7 (docs/instruments/el-escorial.md),
/// with "incomplete" from Decision 6: U = regions with UMN signs, L = regions with clinical LMN signs,
/// B = U ∩ L, E = regions with EMG denervation (fasciculation EMG does not count); "two limbs" is read as two
/// regions; first match wins.</remarks>
public static class RevisedElEscorial
{
    /// <summary>Regions with UMN and LMN signs together for "definite" (bulbar + 2 spinal, or 3 spinal regions).</summary>
    /// <remarks>Brooks 2000; Decision 7.</remarks>
    public const int DefiniteRegions = 3;

    /// <summary>Regions with EMG denervation for "probable laboratory-supported" ("two limbs" read as two regions).</summary>
    /// <remarks>Brooks 2000; Decision 7, note 2.</remarks>
    public const int LabSupportedEmgRegions = 2;

    /// <summary>Classifies the findings; "incomplete" when progression or exclusion of other diseases is missing.</summary>
    /// <param name="findings">The regional findings with progression and exclusion.</param>
    public static CriteriaResult<ElEscorialCategory> Classify(Findings findings)
    {
        var category = Categorize(findings);
        if (category == ElEscorialCategory.Incomplete)
        {
            return new(category, CriteriaText.Incomplete(findings), []);
        }
        var set = Of(findings);
        int u = set.Umn, l = set.LmnClinical, e = set.LmnEmg;
        var reason = Explain(category, u, l, e);
        // Fasciculation EMG outside L and E is named so the clinician sees it was read, not forgotten (Decision 7).
        var ignored = set.FasciculationEmg & ~(l | e);
        ClinicalReason[] reasons = ignored == 0
            ? [reason]
            : [reason, CriteriaText.Regions(ReasonCodes.ElEscorialFasciculationsNotCounted, ignored)];
        return new(category, reasons, Array.Empty<Error>());
    }

    /// <summary>The category alone, without reasons (for batch assessment).</summary>
    /// <param name="findings">The regional findings with progression and exclusion.</param>
    public static ElEscorialCategory Categorize(Findings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (!CriteriaText.IsComplete(findings))
        {
            return ElEscorialCategory.Incomplete;
        }
        var set = Of(findings);
        int u = set.Umn, l = set.LmnClinical, e = set.LmnEmg, b = u & l;
        if (Count(b) >= DefiniteRegions)
        {
            return ElEscorialCategory.Definite;
        }
        // rostral(U, L) already implies two regions; |U ∪ L| >= 2 is kept to read as Decision 7 does.
        if (Count(u | l) >= 2 && Rostral(u, l))
        {
            return ElEscorialCategory.Probable;
        }
        if (u != 0 && Count(e) >= LabSupportedEmgRegions)
        {
            return ElEscorialCategory.ProbableLabSupported;
        }
        return Count(b) == 1 || (Count(u) >= 2 && l == 0) || (u != 0 && l != 0) ? ElEscorialCategory.Possible : ElEscorialCategory.NotMet;
    }

    private static ClinicalReason Explain(ElEscorialCategory category, int u, int l, int e)
    {
        var b = u & l;
        return category switch
        {
            ElEscorialCategory.Definite => CriteriaText.Regions(ReasonCodes.ElEscorialDefinite, b),
            ElEscorialCategory.Probable => CriteriaText.Regions(ReasonCodes.ElEscorialProbable, u, l),
            ElEscorialCategory.ProbableLabSupported => CriteriaText.Regions(ReasonCodes.ElEscorialProbableLabSupported, u, e),
            ElEscorialCategory.Possible when Count(b) == 1 => CriteriaText.Regions(ReasonCodes.ElEscorialPossibleOneRegion, b),
            ElEscorialCategory.Possible when Count(u) >= 2 && l == 0 => CriteriaText.Regions(ReasonCodes.ElEscorialPossibleUmnOnly, u),
            ElEscorialCategory.Possible => CriteriaText.Regions(ReasonCodes.ElEscorialPossibleNotRostral, u, l),
            ElEscorialCategory.NotMet => CriteriaText.Regions(ReasonCodes.ElEscorialNotMet, u, l, e),
            ElEscorialCategory.Incomplete => throw new ArgumentOutOfRangeException(nameof(category), "Incomplete has its own reasons."),
        };
    }
}
