using MndCare.Domain.Criteria;

namespace MndCare.Domain.Tests.Criteria;

public sealed class CriteriaWireNamesTests
{
    // docs/instruments/el-escorial.md (dossier §5.2) and Decision 14: exact, case-sensitive output strings.
    [Fact]
    public void WireName_ElEscorial_IsTheContractString() =>
        Assert.Equal(["incomplete", "notMet", "possible", "probableLabSupported", "probable", "definite"],
            Enum.GetValues<ElEscorialCategory>().Select(v => v.WireName()));

    // docs/instruments/awaji.md (dossier §5.3).
    [Fact]
    public void WireName_Awaji_IsTheContractString() =>
        Assert.Equal(["incomplete", "notMet", "possible", "probable", "definite"], Enum.GetValues<AwajiCategory>().Select(v => v.WireName()));

    // docs/instruments/gold-coast.md (dossier §5.4).
    [Fact]
    public void WireName_GoldCoast_IsTheContractString() =>
        Assert.Equal(["incomplete", "notAls", "als"], Enum.GetValues<GoldCoastCategory>().Select(v => v.WireName()));

    // docs/instruments/pls.md (dossier §5.5): no "incomplete" for PLS.
    [Fact]
    public void WireName_Pls_IsTheContractString() =>
        Assert.Equal(["notMet", "probable", "definite"], Enum.GetValues<PlsCategory>().Select(v => v.WireName()));

    // docs/instruments/phenotype.md (dossier §5.6).
    [Fact]
    public void WireName_Phenotype_IsTheContractString() =>
        Assert.Equal(["undetermined", "als", "pma", "pls", "pbp", "flailArm", "flailLeg"], Enum.GetValues<MndPhenotype>().Select(v => v.WireName()));
}
