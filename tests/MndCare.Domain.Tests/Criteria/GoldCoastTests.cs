using MndCare.Domain.Explanations;
using MndCare.Domain.Criteria;
using C = MndCare.Domain.Criteria.GoldCoastCategory;

namespace MndCare.Domain.Tests.Criteria;

// Rows use FindingsSpec: U umn, L lmnClinical, E lmnEmg, F fasciculationEmg; b c t l = bulbar cervical thoracic lumbosacral.
public sealed class GoldCoastTests
{
    [Theory]
    // docs/instruments/gold-coast.md (dossier §5.4), criterion 2: "UMN and LMN dysfunction noted in the same body region" [S]
    [InlineData("U=c L=c", C.Als)]
    // docs/instruments/gold-coast.md (dossier §5.4), Decision 9: LMN by denervation EMG in the UMN region [D]
    [InlineData("U=b E=b", C.Als)]
    // docs/instruments/gold-coast.md (dossier §5.4), Decision 9: LMN by fasciculation EMG in the UMN region [D]
    [InlineData("U=t F=t", C.Als)]
    // docs/instruments/gold-coast.md (dossier §5.4), criterion 2: "LMN dysfunction in at least 2 body regions" [S]
    [InlineData("L=cl", C.Als)]
    // docs/instruments/gold-coast.md (dossier §5.4), note: "a pure-LMN syndrome in >= 2 regions meets Gold Coast" [S], via EMG kinds only [D]
    [InlineData("E=c F=l", C.Als)]
    // docs/instruments/gold-coast.md (dossier §5.4), Decision 9: UMN in one region, LMN in two other regions [D]
    [InlineData("U=b L=cl", C.Als)]
    // docs/instruments/gold-coast.md (dossier §5.4), "at least 2 body regions" [S]: more than two also meets it
    [InlineData("L=bctl", C.Als)]
    // docs/instruments/gold-coast.md (dossier §5.4), criterion 2 [S]: one LMN region away from the UMN region is not enough
    [InlineData("U=c L=l", C.NotAls)]
    // docs/instruments/gold-coast.md (dossier §5.4), note: "UMN signs alone in any number of regions do not" [S]
    [InlineData("U=bctl", C.NotAls)]
    // docs/instruments/gold-coast.md (dossier §5.4), Decision 9 boundary [D]: LMN in one region only
    [InlineData("L=c E=c F=c", C.NotAls)]
    // docs/instruments/el-escorial.md (dossier §5.1), Decision 14: no finding at all [D]
    [InlineData("", C.NotAls)]
    public void Classify_ReferenceCases_GiveCategory(string spec, GoldCoastCategory expected)
    {
        var result = GoldCoast.Classify(FindingsSpec.Parse(spec));

        Assert.Equal(expected, result.Category);
        Assert.NotEmpty(result.Reasons);
        Assert.Empty(result.Errors);
    }

    [Theory]
    // docs/instruments/gold-coast.md (dossier §5.4) criterion 1 and 5.1, Decision 6: progression not documented [D]
    [InlineData(false, true)]
    // docs/instruments/gold-coast.md (dossier §5.4) criterion 3 and 5.1, Decision 6: other diseases not excluded [D]
    [InlineData(true, false)]
    // docs/instruments/el-escorial.md (dossier §5.1), Decision 6: neither [D]
    [InlineData(false, false)]
    public void Classify_ProgressionOrExclusionMissing_IsIncomplete(bool progression, bool excluded)
    {
        var result = GoldCoast.Classify(FindingsSpec.Parse("U=c L=cl", progression, excluded));

        Assert.Equal(C.Incomplete, result.Category);
        Assert.NotEmpty(result.Reasons);
    }

    [Fact]
    public void Classify_BothRoutes_GivesBothReasons() =>
        Assert.Equal([FindingsSpec.Reason(ReasonCodes.GoldCoastTogether, "c"), FindingsSpec.Reason(ReasonCodes.GoldCoastLmnRegions, "cl")],
            GoldCoast.Classify(FindingsSpec.Parse("U=c L=c F=l")).Reasons);

    [Fact]
    public void Classify_NullFindings_Throws() =>
        Assert.Throws<ArgumentNullException>(() => GoldCoast.Classify(null!));
}
