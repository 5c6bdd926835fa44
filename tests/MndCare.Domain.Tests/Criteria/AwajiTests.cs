using MndCare.Domain.Explanations;
using MndCare.Domain.Criteria;
using C = MndCare.Domain.Criteria.AwajiCategory;

namespace MndCare.Domain.Tests.Criteria;

// Rows use FindingsSpec: U umn, L lmnClinical, E lmnEmg, F fasciculationEmg; b c t l = bulbar cervical thoracic lumbosacral.
public sealed class AwajiTests
{
    [Theory]
    // docs/instruments/awaji.md (dossier §5.3), Definite: "LMN as well as UMN signs in the bulbar region and at least two spinal regions" [S]
    [InlineData("U=bcl L=bcl", C.Definite)]
    // docs/instruments/awaji.md (dossier §5.3), Definite: "LMN and UMN signs in three spinal regions" [S]
    [InlineData("U=ctl L=ctl", C.Definite)]
    // docs/instruments/awaji.md (dossier §5.3), de Carvalho 2008: EMG chronic neurogenic change "equivalent to clinical information" [S]
    [InlineData("U=bcl E=bcl", C.Definite)]
    // docs/instruments/awaji.md (dossier §5.3), de Carvalho 2008: fasciculation potentials "equivalent to fibrillation potentials" [S]
    [InlineData("U=ctl F=ctl", C.Definite)]
    // docs/instruments/awaji.md (dossier §5.3), Decision 8: clinical, denervation and fasciculation EMG mixed across regions [D]
    [InlineData("U=bcl L=b E=c F=l", C.Definite)]
    // docs/instruments/awaji.md (dossier §5.3), Probable: "LMN and UMN signs in at least two regions with some UMN signs rostral" [S]
    [InlineData("U=bc L=bc", C.Probable)]
    // docs/instruments/awaji.md (dossier §5.3), Decision 8 with Decision 7 note 1 [D]: signs in different regions, UMN rostral
    [InlineData("U=b L=c", C.Probable)]
    // docs/instruments/awaji.md (dossier §5.3), Decision 8 [D]: fasciculation EMG below a bulbar UMN region
    [InlineData("U=b F=c", C.Probable)]
    // docs/instruments/awaji.md (dossier §5.3), "render obsolete ... Probable Laboratory-Supported" [S]: the rEEC lab-supported case is probable
    [InlineData("U=c L=c E=cl", C.Probable)]
    // docs/instruments/awaji.md (dossier §5.3), Decision 8 [D]: UMN alone in one region with EMG in two (rEEC lab-supported)
    [InlineData("U=c E=cl", C.Probable)]
    // docs/instruments/awaji.md (dossier §5.3), Decision 8 [D]: fasciculation EMG in 2 regions below UMN (rEEC notMet)
    [InlineData("U=c F=cl", C.Probable)]
    // docs/instruments/awaji.md (dossier §5.3), Decision 8 [D]: bulbar + thoracic EMG, UMN bulbar rostral to thoracic
    [InlineData("U=b E=bt", C.Probable)]
    // docs/instruments/awaji.md (dossier §5.3), Decision 8, no lab-supported branch [D]: rEEC lab-supported, but LMN rostral to UMN here
    [InlineData("U=l E=bc", C.Possible)]
    // docs/instruments/awaji.md (dossier §5.3), Possible: "UMN and LMN dysfunction found in only one region" [S]
    [InlineData("U=c L=c", C.Possible)]
    // docs/instruments/awaji.md (dossier §5.3), Decision 8 [D]: one region with UMN and fasciculation EMG
    [InlineData("U=c F=c", C.Possible)]
    // docs/instruments/awaji.md (dossier §5.3), Possible: "UMN signs found alone in two or more regions" [S]
    [InlineData("U=bl", C.Possible)]
    // docs/instruments/awaji.md (dossier §5.3), Possible: "LMN signs found rostral to UMN signs" [S]
    [InlineData("U=l L=c", C.Possible)]
    // docs/instruments/awaji.md (dossier §5.3), Decision 8 [D]: fasciculation EMG rostral to UMN
    [InlineData("U=l F=b", C.Possible)]
    // docs/instruments/awaji.md (dossier §5.3), Decision 8 with the Decision 7 rostral test [D]: the same region is not rostral
    [InlineData("U=l F=cl", C.Possible)]
    // docs/instruments/awaji.md (dossier §5.3), Decision 8 [D]: pure LMN syndrome
    [InlineData("L=bcl E=bcl F=t", C.NotMet)]
    // docs/instruments/awaji.md (dossier §5.3), Decision 8 [D]: UMN in one region alone
    [InlineData("U=c", C.NotMet)]
    // docs/instruments/el-escorial.md (dossier §5.1), Decision 14: no finding at all [D]
    [InlineData("", C.NotMet)]
    public void Classify_ReferenceCases_GiveCategory(string spec, AwajiCategory expected)
    {
        var result = Awaji.Classify(FindingsSpec.Parse(spec));

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
        var result = Awaji.Classify(FindingsSpec.Parse("U=bcl L=bcl", progression, excluded));

        Assert.Equal(C.Incomplete, result.Category);
        Assert.NotEmpty(result.Reasons);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Classify_Definite_ReasonNamesTheRegions() =>
        Assert.Equal([FindingsSpec.Reason(ReasonCodes.AwajiDefinite, "ctl")], Awaji.Classify(FindingsSpec.Parse("U=ctl F=ctl")).Reasons);

    [Fact]
    public void Classify_NullFindings_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Awaji.Classify(null!));
}
