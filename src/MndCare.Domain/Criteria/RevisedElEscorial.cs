using MndCare.Domain.Results;
using static MndCare.Domain.Criteria.RegionSet;

namespace MndCare.Domain.Criteria;

/// <summary>The revised El Escorial (Airlie House) criteria for ALS.</summary>
/// <remarks>Brooks BR, Miller RG, Swash M, Munsat TL. El Escorial revisited: revised criteria for the diagnosis of
/// amyotrophic lateral sclerosis. ALS 2000;1:293-299. Procedure of Decision 7 of clinical-instruments.md (section
/// 5.2), with "incomplete" from Decision 6: U = regions with UMN signs, L = regions with clinical LMN signs,
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
        ArgumentNullException.ThrowIfNull(findings);
        if (!CriteriaText.IsComplete(findings))
        {
            return new(ElEscorialCategory.Incomplete, CriteriaText.Incomplete(findings), []);
        }
        var set = Of(findings);
        int u = set.Umn, l = set.LmnClinical, e = set.LmnEmg, b = u & l;
        var (category, reason) = Decide(u, l, e, b);
        // Fasciculation EMG outside L and E is named so the clinician sees it was read, not forgotten (Decision 7).
        var ignored = set.FasciculationEmg & ~(l | e);
        string[] reasons = ignored == 0
            ? [reason]
            : [reason, "EMG fasciculation potentials in " + Describe(ignored) + " do not count under revised El Escorial."];
        return new(category, reasons, Array.Empty<Error>());
    }

    private static (ElEscorialCategory Category, string Reason) Decide(int u, int l, int e, int b)
    {
        if (Count(b) >= DefiniteRegions)
        {
            return (ElEscorialCategory.Definite, "UMN and LMN signs together in " + Describe(b) + ": definite.");
        }
        // rostral(U, L) already implies two regions; |U ∪ L| >= 2 is kept to read as Decision 7 does.
        if (Count(u | l) >= 2 && Rostral(u, l))
        {
            return (ElEscorialCategory.Probable, "UMN signs in " + Describe(u) + " and LMN signs in " + Describe(l)
                + ", some UMN signs rostral to LMN signs: probable.");
        }
        if (u != 0 && Count(e) >= LabSupportedEmgRegions)
        {
            return (ElEscorialCategory.ProbableLabSupported, "UMN signs in " + Describe(u) + " and EMG denervation in "
                + Describe(e) + ": probable laboratory-supported.");
        }
        if (Count(b) == 1)
        {
            return (ElEscorialCategory.Possible, "UMN and LMN signs together in only " + Describe(b) + ": possible.");
        }
        if (Count(u) >= 2 && l == 0)
        {
            return (ElEscorialCategory.Possible, "UMN signs alone in " + Describe(u) + ": possible.");
        }
        if (u != 0 && l != 0)
        {
            return (ElEscorialCategory.Possible, "UMN signs in " + Describe(u) + " and LMN signs in " + Describe(l)
                + ", no UMN signs rostral to LMN signs: possible.");
        }
        return (ElEscorialCategory.NotMet, "UMN signs in " + Describe(u) + ", LMN signs in " + Describe(l)
            + " and EMG denervation in " + Describe(e) + ": not met.");
    }
}
