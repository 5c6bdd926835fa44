using MndCare.Domain.Tcm.Herbs;

namespace MndCare.Domain.Tests.Tcm;

// The herb safety rules for one prescription (docs/tcm/catalogues.md, "Safety rules"; reference D5, D6; riluzole S48).
public sealed class HerbPrescriptionRulesTests
{
    private static readonly HerbCatalogue Catalogue = HerbCatalogue.Shipped;

    private static HerbPrescriptionCheck Passes(string[] names, bool onRiluzole = false, params ActiveHerbalPrescription[] active) =>
        HerbPrescriptionRules.Check(Catalogue, names, active, onRiluzole).Value;

    [Theory]
    [InlineData("Guang Fang Ji")]
    [InlineData("广防己")]
    [InlineData("Radix Aristolochiae Fangchi")]
    [InlineData("guǎngfángjǐ")]
    public void AnAristolochicAcidHerb_IsRefused_WhicheverNameFormWasUsed(string name)
    {
        var result = HerbPrescriptionRules.Check(Catalogue, ["黄芪", name], [], patientOnRiluzole: false);

        var error = Assert.IsType<AristolochicAcidHerbError>(Assert.Single(result.Errors));
        Assert.Equal((HerbCodes.AristolochicAcid, "guang-fang-ji", name), (error.Code, error.Herb.Id, error.Name));
    }

    [Fact]
    public void UnknownAndAmbiguousNames_RefuseThePrescription_EachWithItsError()
    {
        var result = HerbPrescriptionRules.Check(Catalogue, ["No Such Herb", "Mu Tong", "黄芪"], [], patientOnRiluzole: false);

        Assert.Equal([HerbCodes.UnknownHerb, HerbCodes.AmbiguousHerb], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void ACleanFormula_HasNoFindings()
    {
        var check = Passes(["黄芪", "当归", "赤芍", "地龙", "川芎", "红花", "桃仁"]);

        Assert.Equal(7, check.Herbs.Count);
        Assert.Empty(check.Findings);
    }

    [Fact]
    public void AHepatotoxicHerb_IsFlagged_WithoutAcknowledgement_WhenNotOnRiluzole()
    {
        var finding = Assert.Single(Passes(["He Shou Wu"]).Findings);

        Assert.IsType<HepatotoxicHerbFinding>(finding);
        Assert.False(finding.NeedsAcknowledgement);
    }

    [Fact]
    public void RiluzoleWithAHepatotoxicHerb_NeedsAcknowledgement_AndNamesTheLiverTests()
    {
        var findings = Passes(["雷公藤"], onRiluzole: true).Findings;

        Assert.Equal([HerbCodes.Hepatotoxic, HerbCodes.RiluzoleWithHepatotoxicHerb], findings.Select(f => f.Code));
        var riluzole = Assert.IsType<RiluzoleWithHepatotoxicHerbFinding>(findings[1]);
        Assert.True(riluzole.NeedsAcknowledgement);
        Assert.Equal(["ALT", "AST", "BILIRUBIN"], RiluzoleWithHepatotoxicHerbFinding.LiverTests);
    }

    [Theory]
    [InlineData("Xi Xin")]
    [InlineData("Fang Ji")]
    [InlineData("Akebiae Caulis")]
    public void ASubstitutionRiskHerb_AsksToConfirmTheBotanicalSource(string name)
    {
        var finding = Assert.IsType<ConfirmBotanicalSourceFinding>(Assert.Single(Passes([name]).Findings));

        Assert.True(finding.NeedsAcknowledgement);
    }

    [Fact]
    public void AHerbInAnotherActivePrescription_OrTwiceInThisOne_IsWarned()
    {
        var other = new ActiveHerbalPrescription("RX-1", [Catalogue.Find("黄芪").Value]);

        var findings = Passes(["Huang Qi", "当归", "Angelicae Sinensis Radix"], false, other).Findings;

        Assert.Equal([("huang-qi", "RX-1"), ("dang-gui", null)],
            findings.Cast<DuplicateHerbFinding>().Select(f => (f.Herb.Id, f.OtherPrescription)));
    }
}
