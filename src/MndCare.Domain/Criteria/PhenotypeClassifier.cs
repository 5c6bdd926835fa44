using MndCare.Domain.Explanations;
using MndCare.Domain.Results;
using static MndCare.Domain.Criteria.RegionSet;

namespace MndCare.Domain.Criteria;

/// <summary>The motor neuron disease phenotype by diseased part: ALS, PMA, PLS, PBP, flail arm, flail leg.</summary>
/// <remarks>Procedure of Decision 10 (docs/instruments/phenotype.md), independent of progression and
/// exclusion (Decision 6): U = regions with UMN signs, LMN = regions with clinical LMN signs, EMG denervation or EMG
/// fasciculation potentials (Decision 9); flail arm and flail leg need a known duration of at least 12 months
/// (Decision 14). Flail arm and leg after Wijesekera LC et al. Neurology 2009;72:1087-1094 and Hu MT et al. JNNP
/// 1998.</remarks>
public static class PhenotypeClassifier
{
    /// <summary>Minimum months of confinement to one limb region for flail arm or flail leg.</summary>
    /// <remarks>Wijesekera 2009 and Hu 1998 ("confined to the upper limbs for ≥ 12 months"); Decision 10.</remarks>
    public const double FlailMinimumMonths = 12;

    private const int Bulbar = 1 << (int)Region.Bulbar;
    private const int Cervical = 1 << (int)Region.Cervical;
    private const int Lumbosacral = 1 << (int)Region.Lumbosacral;

    /// <summary>Classifies the phenotype; an unknown duration gives pma rather than flail arm or flail leg.</summary>
    /// <param name="findings">The regional findings (progression and exclusion are not read).</param>
    /// <param name="monthsSinceOnset">Months from onset to assessment (days / 30.4375); null when the onset date is unknown.</param>
    public static CriteriaResult<MndPhenotype> Classify(Findings findings, double? monthsSinceOnset)
    {
        var phenotype = Categorize(findings, monthsSinceOnset);
        var set = Of(findings);
        return new(phenotype, Explain(phenotype, set.Umn, set.AnyLmn, monthsSinceOnset), Array.Empty<Error>());
    }

    /// <summary>The phenotype alone, without reasons (for batch assessment).</summary>
    /// <param name="findings">The regional findings (progression and exclusion are not read).</param>
    /// <param name="monthsSinceOnset">Months from onset to assessment; null when the onset date is unknown.</param>
    public static MndPhenotype Categorize(Findings findings, double? monthsSinceOnset)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var set = Of(findings);
        int u = set.Umn, lmn = set.AnyLmn, involved = u | lmn;
        if (involved == 0)
        {
            return MndPhenotype.Undetermined;
        }
        if (involved == Bulbar)
        {
            return MndPhenotype.Pbp;
        }
        if (u != 0)
        {
            return lmn != 0 ? MndPhenotype.Als : MndPhenotype.Pls;
        }
        var longEnough = monthsSinceOnset >= FlailMinimumMonths;
        return involved switch
        {
            Cervical when longEnough => MndPhenotype.FlailArm,
            Lumbosacral when longEnough => MndPhenotype.FlailLeg,
            _ => MndPhenotype.Pma,
        };
    }

    private static ClinicalReason[] Explain(MndPhenotype phenotype, int u, int lmn, double? months)
    {
        var involved = u | lmn;
        switch (phenotype)
        {
            case MndPhenotype.Undetermined: return [new(ReasonCodes.PhenotypeUndetermined)];
            case MndPhenotype.Pbp: return [new(ReasonCodes.PhenotypePbp)];
            case MndPhenotype.Als: return [CriteriaText.Regions(ReasonCodes.PhenotypeAls, u, lmn)];
            case MndPhenotype.Pls: return [CriteriaText.Regions(ReasonCodes.PhenotypePls, u)];
            case MndPhenotype.FlailArm: return [new(ReasonCodes.PhenotypeFlailArm)];
            case MndPhenotype.FlailLeg: return [new(ReasonCodes.PhenotypeFlailLeg)];
            case MndPhenotype.Pma:
                var pma = CriteriaText.Regions(ReasonCodes.PhenotypePma, lmn);
                if (involved != Cervical && involved != Lumbosacral)
                {
                    return [pma];
                }
                var flail = (involved == Cervical, months is null) switch
                {
                    (true, true) => ReasonCodes.PhenotypeFlailArmOnsetUnknown,
                    (true, false) => ReasonCodes.PhenotypeFlailArmTooEarly,
                    (false, true) => ReasonCodes.PhenotypeFlailLegOnsetUnknown,
                    (false, false) => ReasonCodes.PhenotypeFlailLegTooEarly,
                };
                return [pma, new(flail)];
            default: throw new ArgumentOutOfRangeException(nameof(phenotype));
        }
    }
}
