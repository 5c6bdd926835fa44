using MndCare.Domain.Explanations;
using MndCare.Domain.Criteria;
using C = MndCare.Domain.Criteria.ElEscorialCategory;

namespace MndCare.Domain.Tests.Criteria;

// Rows use FindingsSpec: U umn, L lmnClinical, E lmnEmg, F fasciculationEmg; b c t l = bulbar cervical thoracic lumbosacral.
public sealed class RevisedElEscorialTests
{
    [Theory]
    // docs/instruments/el-escorial.md (dossier §5.2), Definite: "UMN and LMN signs in the bulbar region and at least two spinal regions" [S]
    [InlineData("U=bcl L=bcl", C.Definite)]
    // docs/instruments/el-escorial.md (dossier §5.2), Definite: "UMN and LMN signs in three spinal regions" [S]
    [InlineData("U=ctl L=ctl", C.Definite)]
    // docs/instruments/el-escorial.md (dossier §5.2), Definite: all four regions [D]
    [InlineData("U=bctl L=bctl", C.Definite)]
    // docs/instruments/el-escorial.md (dossier §5.2), Decision 7: |B| = 2 is one short of definite; UMN bulbar is rostral, so probable [D]
    [InlineData("U=bc L=bc", C.Probable)]
    // docs/instruments/el-escorial.md (dossier §5.2), Decision 7: EMG does not make a region clinically LMN under rEEC, so B = {b, c} [D]
    [InlineData("U=bcl L=bc E=l", C.Probable)]
    // docs/instruments/el-escorial.md (dossier §5.2), Decision 7 note 1 [D]: signs in different regions, UMN rostral (bulbar above cervical)
    [InlineData("U=b L=c", C.Probable)]
    // docs/instruments/el-escorial.md (dossier §5.2), Decision 7 note 1 [D]: thoracic UMN rostral to lumbosacral LMN
    [InlineData("U=t L=l", C.Probable)]
    // docs/instruments/el-escorial.md (dossier §5.2), Decision 7 rostral test [D]: "some" UMN region above some LMN region is enough
    [InlineData("U=bl L=c", C.Probable)]
    // docs/instruments/el-escorial.md (dossier §5.2), Decision 7, first match wins [D]: |B| = 1 but UMN bulbar rostral to LMN cervical
    [InlineData("U=bc L=c", C.Probable)]
    // docs/instruments/el-escorial.md (dossier §5.2), Probable lab-supported: "UMN and LMN in only one region ... EMG in at least two limbs" [S]
    [InlineData("U=c L=c E=cl", C.ProbableLabSupported)]
    // docs/instruments/el-escorial.md (dossier §5.2), Probable lab-supported: "UMN signs alone in one region ... EMG in at least two limbs" [S]
    [InlineData("U=c E=cl", C.ProbableLabSupported)]
    // docs/instruments/el-escorial.md (dossier §5.2), Decision 7 note 2 [D]: "two limbs" read as two regions, so bulbar + thoracic EMG counts
    [InlineData("U=b E=bt", C.ProbableLabSupported)]
    // docs/instruments/el-escorial.md (dossier §5.2), Decision 7, first match wins [D]: LMN rostral to UMN, but EMG in 2 regions
    [InlineData("U=l L=c E=bc", C.ProbableLabSupported)]
    // docs/instruments/el-escorial.md (dossier §5.2), Decision 7 [D]: EMG in 2 regions needs some UMN region
    [InlineData("E=cl", C.NotMet)]
    // docs/instruments/el-escorial.md (dossier §5.2), Possible: "UMN and LMN dysfunction together in only one region" [S]
    [InlineData("U=c L=c", C.Possible)]
    // docs/instruments/el-escorial.md (dossier §5.2), Possible boundary [D]: EMG in only 1 region is not lab-supported
    [InlineData("U=c L=c E=c", C.Possible)]
    // docs/instruments/el-escorial.md (dossier §5.2), Possible: "UMN signs found alone in two or more regions" [S]
    [InlineData("U=bl", C.Possible)]
    // docs/instruments/el-escorial.md (dossier §5.2), Possible: "LMN signs found rostral to UMN signs" [S]
    [InlineData("U=l L=c", C.Possible)]
    // docs/instruments/el-escorial.md (dossier §5.2), PMC2656493 table, Possible: "UMN and LMN signs in 2 regions with no UMN signs rostral" [S]
    [InlineData("U=t L=b", C.Possible)]
    // docs/instruments/el-escorial.md (dossier §5.2), Decision 7 rostral test [D]: same region is not rostral (U = L = {lumbosacral} plus cervical LMN)
    [InlineData("U=l L=cl", C.Possible)]
    // docs/instruments/el-escorial.md (dossier §5.2), Possible: "... and Probable Lab-supported cannot be proven" [S]: EMG in 1 region only
    [InlineData("U=l L=c E=c", C.Possible)]
    // docs/instruments/el-escorial.md (dossier §5.2), Decision 7: fasciculationEmg does not count, so UMN alone in 3 regions is possible [D]
    [InlineData("U=bcl F=bcl", C.Possible)]
    // docs/instruments/el-escorial.md (dossier §5.2), Decision 7: fasciculationEmg does not count for E [D]
    [InlineData("U=c F=cl", C.NotMet)]
    // docs/instruments/el-escorial.md (dossier §5.2), Decision 7: fasciculationEmg beside denervation EMG in 1 region is still 1 region [D]
    [InlineData("U=c E=c F=l", C.NotMet)]
    // docs/instruments/el-escorial.md (dossier §5.2), "clinically suspected" (pure LMN, 1994) is not an output [S]
    [InlineData("L=bcl E=bcl", C.NotMet)]
    // docs/instruments/el-escorial.md (dossier §5.2), Decision 7 [D]: UMN in one region alone
    [InlineData("U=c", C.NotMet)]
    // docs/instruments/el-escorial.md (dossier §5.1), Decision 14: no finding at all [D]
    [InlineData("", C.NotMet)]
    public void Classify_ReferenceCases_GiveCategory(string spec, ElEscorialCategory expected)
    {
        var result = RevisedElEscorial.Classify(FindingsSpec.Parse(spec));

        Assert.Equal(expected, result.Category);
        Assert.NotEmpty(result.Reasons);
        Assert.Empty(result.Errors);
    }

    [Theory]
    // docs/instruments/el-escorial.md (dossier §5.1), Decision 6: progression not documented [D]
    [InlineData(false, true)]
    // docs/instruments/el-escorial.md (dossier §5.1), Decision 6: other diseases not excluded [D]
    [InlineData(true, false)]
    // docs/instruments/el-escorial.md (dossier §5.1), Decision 6: neither [D]
    [InlineData(false, false)]
    public void Classify_ProgressionOrExclusionMissing_IsIncomplete(bool progression, bool excluded)
    {
        var result = RevisedElEscorial.Classify(FindingsSpec.Parse("U=bcl L=bcl", progression, excluded));

        Assert.Equal(C.Incomplete, result.Category);
        Assert.Equal((progression ? 0 : 1) + (excluded ? 0 : 1), result.Reasons.Count);
        Assert.All(result.Reasons, r => Assert.StartsWith("criteria.incomplete.", r.Code, StringComparison.Ordinal));
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Classify_Definite_ReasonNamesTheRegions() =>
        Assert.Equal([FindingsSpec.Reason(ReasonCodes.ElEscorialDefinite, "bcl")], RevisedElEscorial.Classify(FindingsSpec.Parse("U=bcl L=bcl")).Reasons);

    [Fact]
    public void Classify_Probable_ReasonNamesUmnAndLmnRegions() =>
        Assert.Equal([FindingsSpec.Reason(ReasonCodes.ElEscorialProbable, "b", "cl")], RevisedElEscorial.Classify(FindingsSpec.Parse("U=b L=cl")).Reasons);

    [Fact]
    public void Classify_FasciculationEmgOnly_SaysItDoesNotCount() =>
        Assert.Contains(FindingsSpec.Reason(ReasonCodes.ElEscorialFasciculationsNotCounted, "cl"),
            RevisedElEscorial.Classify(FindingsSpec.Parse("U=c F=cl")).Reasons);

    [Fact]
    public void Classify_NullFindings_Throws() =>
        Assert.Throws<ArgumentNullException>(() => RevisedElEscorial.Classify(null!));
}
