using MndCare.Domain.Explanations;
using MndCare.Domain.Criteria;
using P = MndCare.Domain.Criteria.MndPhenotype;

namespace MndCare.Domain.Tests.Criteria;

// Rows use FindingsSpec: U umn, L lmnClinical, E lmnEmg, F fasciculationEmg; b c t l = bulbar cervical thoracic lumbosacral.
public sealed class PhenotypeClassifierTests
{
    [Theory]
    // docs/instruments/phenotype.md (dossier §5.6), Decision 10: none involved [D]
    [InlineData("", 24.0, P.Undetermined)]
    // docs/instruments/phenotype.md (dossier §5.6), Decision 10: none involved, onset unknown [D]
    [InlineData("", null, P.Undetermined)]
    // docs/instruments/phenotype.md (dossier §5.6), PBP "involvement confined to the bulbar region (UMN and/or LMN)" [R]; Decision 10
    [InlineData("U=b", 24.0, P.Pbp)]
    // docs/instruments/phenotype.md (dossier §5.6), PBP, LMN only [R]; Decision 10
    [InlineData("L=b", 3.0, P.Pbp)]
    // docs/instruments/phenotype.md (dossier §5.6), Decision 10: bulbar-only wins over UMN + LMN [D]
    [InlineData("U=b L=b F=b", null, P.Pbp)]
    // docs/instruments/phenotype.md (dossier §5.6), ALS "UMN and LMN both present" [S]; same region
    [InlineData("U=c L=c", 6.0, P.Als)]
    // docs/instruments/phenotype.md (dossier §5.6), Decision 10: UMN and LMN in different regions [D]
    [InlineData("U=b L=l", 6.0, P.Als)]
    // docs/instruments/phenotype.md (dossier §5.6), Decision 10: LMN by EMG only counts as in Gold Coast [D]
    [InlineData("U=bl F=c", 30.0, P.Als)]
    // docs/instruments/phenotype.md (dossier §5.6), Decision 10: UMN + LMN confined to the cervical region for years is ALS, not flail arm [D]
    [InlineData("U=c L=c", 36.0, P.Als)]
    // docs/instruments/phenotype.md (dossier §5.6), Decision 10: UMN only [D]
    [InlineData("U=bc", 6.0, P.Pls)]
    // docs/instruments/phenotype.md (dossier §5.6), Decision 10: UMN only in one non-bulbar region [D]
    [InlineData("U=t", null, P.Pls)]
    // docs/instruments/phenotype.md (dossier §5.6), Flail arm, confined to the upper limbs for >= 12 months [S]/[R]; boundary exactly 12
    [InlineData("L=c", 12.0, P.FlailArm)]
    // docs/instruments/phenotype.md (dossier §5.6), Decision 10 boundary [D]: 11.9 months is too short, pma
    [InlineData("L=c", 11.9, P.Pma)]
    // docs/instruments/decided-readings.md, Decision 14: unknown onset, the LMN-only phenotype is pma [D]
    [InlineData("L=c", null, P.Pma)]
    // docs/instruments/phenotype.md (dossier §5.6), Flail leg, confined to the legs, 12-month rule [S]/[R]; boundary exactly 12 (EMG LMN)
    [InlineData("E=l", 12.0, P.FlailLeg)]
    // docs/instruments/phenotype.md (dossier §5.6), Decision 10 boundary [D]: 11.9 months
    [InlineData("F=l", 11.9, P.Pma)]
    // docs/instruments/decided-readings.md, Decision 14: unknown onset [D]
    [InlineData("L=l", null, P.Pma)]
    // docs/instruments/phenotype.md (dossier §5.6), PMA "LMN signs in >= 1 region, no UMN signs, not FA/FL" [S]/[D]: arms and legs
    [InlineData("L=cl", 36.0, P.Pma)]
    // docs/instruments/phenotype.md (dossier §5.6), Decision 10 [D]: LMN bulbar and cervical is not bulbar-only
    [InlineData("L=bc", 36.0, P.Pma)]
    // docs/instruments/phenotype.md (dossier §5.6), Decision 10 [D]: thoracic only is neither flail arm nor flail leg
    [InlineData("E=t", 36.0, P.Pma)]
    // docs/instruments/decided-readings.md, Decision 1 [D]: onset after assessment gives a negative duration, under 12 months
    [InlineData("L=c", -1.0, P.Pma)]
    public void Classify_ReferenceCases_GivePhenotype(string spec, double? months, MndPhenotype expected)
    {
        var result = PhenotypeClassifier.Classify(FindingsSpec.Parse(spec), months);

        Assert.Equal(expected, result.Category);
        Assert.NotEmpty(result.Reasons);
        Assert.Empty(result.Errors);
    }

    [Theory]
    // docs/instruments/el-escorial.md (dossier §5.1), Decision 6: "the phenotype is still given" [D]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public void Classify_ProgressionOrExclusionMissing_StillGivesPhenotype(bool progression, bool excluded) =>
        Assert.Equal(P.FlailArm, PhenotypeClassifier.Classify(FindingsSpec.Parse("L=c", progression, excluded), 13).Category);

    [Fact]
    public void Classify_UnknownOnsetSingleLimb_SaysWhyNotFlail() =>
        Assert.Equal([FindingsSpec.Reason(ReasonCodes.PhenotypePma, "l"), new ClinicalReason(ReasonCodes.PhenotypeFlailLegOnsetUnknown)],
            PhenotypeClassifier.Classify(FindingsSpec.Parse("L=l"), null).Reasons);

    [Fact]
    public void Classify_NullFindings_Throws() =>
        Assert.Throws<ArgumentNullException>(() => PhenotypeClassifier.Classify(null!, 12));
}
