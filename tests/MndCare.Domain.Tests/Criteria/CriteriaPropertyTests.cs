using FsCheck;
using FsCheck.Fluent;
using MndCare.Domain.Criteria;

namespace MndCare.Domain.Tests.Criteria;

// Invariants of Decisions 6-11 over every combination of findings (4 bits per region, see FindingsSpec.FromBits).
public sealed class CriteriaPropertyTests
{
    public sealed record Case(int[] Bits, int Permutation, bool OmitEmpty, bool Progression, bool Excluded, double? Age, double? Years)
    {
        public Findings Findings => FindingsSpec.FromBits(Bits, Permutation, OmitEmpty, Progression, Excluded);

        public Findings Canonical => FindingsSpec.FromBits(Bits, 0, omitEmpty: false, Progression, Excluded);

        public double? Months => Years * 12;

        public override string ToString() =>
            $"bits [{string.Join(", ", Bits)}], permutation {Permutation}, omitEmpty {OmitEmpty}, progression {Progression}, excluded {Excluded}, age {Age}, years {Years}";
    }

    private static readonly Gen<double?> Duration =
        Gen.Choose(-1, 100).Select(tenths => tenths < 0 ? (double?)null : tenths / 10.0);

    private static readonly Arbitrary<Case> Cases = (
        from bits in Gen.ArrayOf(Gen.Choose(0, 15), 4)
        from permutation in Gen.Choose(0, 23)
        from omitEmpty in ArbMap.Default.GeneratorFor<bool>()
        from flags in Gen.Choose(0, 3)
        from age in Gen.Choose(-1, 1000).Select(tenths => tenths < 0 ? (double?)null : tenths / 10.0)
        from years in Duration
        select new Case(bits, permutation, omitEmpty, (flags & 1) != 0, (flags & 2) != 0, age, years)).ToArbitrary();

    // A finding to add: region 0..3 and finding bit 0..3.
    private static readonly Arbitrary<(int Region, int Bit)> Additions =
        Gen.Choose(0, 3).SelectMany(_ => Gen.Choose(0, 3), (region, bit) => (region, bit)).ToArbitrary();

    private static Case Complete(Case c) => c with { Progression = true, Excluded = true };

    // Decision 6: findings are per region; the order in which regions are given never matters.
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Classify_RegionOrder_DoesNotChangeAnyResult() =>
        Prop.ForAll(Cases, c =>
            RevisedElEscorial.Classify(c.Findings) == RevisedElEscorial.Classify(c.Canonical)
            && Awaji.Classify(c.Findings) == Awaji.Classify(c.Canonical)
            && GoldCoast.Classify(c.Findings) == GoldCoast.Classify(c.Canonical)
            && PlsCriteria.Classify(c.Findings, c.Age, c.Years) == PlsCriteria.Classify(c.Canonical, c.Age, c.Years)
            && PhenotypeClassifier.Classify(c.Findings, c.Months) == PhenotypeClassifier.Classify(c.Canonical, c.Months));

    // The batch path (categories only) and the explained path always agree.
    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public Property Categorize_AgreesWithClassify() =>
        Prop.ForAll(Cases, c =>
            RevisedElEscorial.Categorize(c.Findings) == RevisedElEscorial.Classify(c.Findings).Category
            && Awaji.Categorize(c.Findings) == Awaji.Classify(c.Findings).Category
            && GoldCoast.Categorize(c.Findings) == GoldCoast.Classify(c.Findings).Category
            && PlsCriteria.Categorize(c.Findings, c.Age, c.Years) == PlsCriteria.Classify(c.Findings, c.Age, c.Years).Category
            && PhenotypeClassifier.Categorize(c.Findings, c.Months) == PhenotypeClassifier.Classify(c.Findings, c.Months).Category);

    // Decisions 7-9: every condition is "some region" or "at least n regions", and |B| >= 2 implies rostral(U, L),
    // so with progression and exclusion documented an added finding never lowers the certainty (members ascend).
    // Not asserted for PLS, where an LMN finding excludes (PlsCriteriaTests), nor for the phenotype, which has no rank.
    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public Property Classify_AddedFinding_NeverLowersCertainty() =>
        Prop.ForAll(Cases, Additions, (c, add) =>
        {
            var before = Complete(c);
            var bits = (int[])before.Bits.Clone();
            bits[add.Region] |= 1 << add.Bit;
            var after = before with { Bits = bits };
            return RevisedElEscorial.Classify(after.Findings).Category >= RevisedElEscorial.Classify(before.Findings).Category
                && Awaji.Classify(after.Findings).Category >= Awaji.Classify(before.Findings).Category
                && GoldCoast.Classify(after.Findings).Category >= GoldCoast.Classify(before.Findings).Category;
        });

    // Decision 6: without progression or exclusion rEEC, Awaji and Gold Coast are incomplete and PLS is not met.
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Classify_ProgressionOrExclusionFalse_IsIncomplete() =>
        Prop.ForAll(Cases, c => c.Progression && c.Excluded
            || (RevisedElEscorial.Classify(c.Findings).Category == ElEscorialCategory.Incomplete
                && Awaji.Classify(c.Findings).Category == AwajiCategory.Incomplete
                && GoldCoast.Classify(c.Findings).Category == GoldCoastCategory.Incomplete
                && PlsCriteria.Classify(c.Findings, c.Age, c.Years).Category == PlsCategory.NotMet));

    // Decision 6: with progression and exclusion documented, no criterion answers incomplete.
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Classify_ProgressionAndExclusion_IsNeverIncomplete() =>
        Prop.ForAll(Cases, c =>
        {
            var f = Complete(c).Findings;
            return RevisedElEscorial.Classify(f).Category != ElEscorialCategory.Incomplete
                && Awaji.Classify(f).Category != AwajiCategory.Incomplete
                && GoldCoast.Classify(f).Category != GoldCoastCategory.Incomplete;
        });

    // Decision 6: the phenotype does not read progression or exclusion.
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Phenotype_ProgressionAndExclusion_DoNotMatter() =>
        Prop.ForAll(Cases, c => PhenotypeClassifier.Classify(c.Findings, c.Months) == PhenotypeClassifier.Classify(Complete(c).Findings, c.Months));

    // Decision 7: fasciculationEmg does not count under revised El Escorial.
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property ElEscorial_FasciculationEmg_DoesNotChangeCategory() =>
        Prop.ForAll(Cases, c => RevisedElEscorial.Classify(c.Findings).Category
            == RevisedElEscorial.Classify((c with { Bits = [.. c.Bits.Select(b => b & 7)] }).Findings).Category);

    // Decision 8 widens L of Decision 7, so rEEC definite or probable is at least as certain under Awaji.
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Awaji_WhenElEscorialProbableOrDefinite_IsAtLeastAsCertain() =>
        Prop.ForAll(Cases, c =>
        {
            var f = Complete(c).Findings;
            return RevisedElEscorial.Classify(f).Category switch
            {
                ElEscorialCategory.Definite => Awaji.Classify(f).Category == AwajiCategory.Definite,
                ElEscorialCategory.Probable => Awaji.Classify(f).Category >= AwajiCategory.Probable,
                _ => true,
            };
        });

    // Decisions 10 and 11: whoever meets the PLS criteria has the pls phenotype.
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Pls_WhenMet_PhenotypeIsPls() =>
        Prop.ForAll(Cases, c => PlsCriteria.Classify(c.Findings, c.Age, c.Years).Category == PlsCategory.NotMet
            || PhenotypeClassifier.Classify(c.Findings, c.Months).Category == MndPhenotype.Pls);

    // Decision 14: only PLS reports errors, one per missing date; every answer has a reason.
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Classify_Always_GivesReasonsAndErrorsOnlyForMissingDates() =>
        Prop.ForAll(Cases, c =>
        {
            var pls = PlsCriteria.Classify(c.Findings, c.Age, c.Years);
            var phenotype = PhenotypeClassifier.Classify(c.Findings, c.Months);
            var elEscorial = RevisedElEscorial.Classify(c.Findings);
            return pls.Errors.Count == (c.Age is null ? 1 : 0) + (c.Years is null ? 1 : 0)
                && phenotype.Errors.Count == 0 && elEscorial.Errors.Count == 0
                && pls.Reasons.Count > 0 && phenotype.Reasons.Count > 0 && elEscorial.Reasons.Count > 0
                && Awaji.Classify(c.Findings).Reasons.Count > 0 && GoldCoast.Classify(c.Findings).Reasons.Count > 0;
        });
}
