using MndCare.Domain.Tcm.Herbs;

namespace MndCare.Domain.Tests.Tcm;

// The shipped herb catalogue (docs/tcm/catalogues.md): every D6 entry of therapy-safety-tcm.md is found and flagged as
// the reference says, and the name forms are equivalent.
public sealed class HerbCatalogueTests
{
    private static readonly HerbCatalogue Catalogue = HerbCatalogue.Shipped;

    [Theory]
    // D6 "Aristolochic acid (never prescribable)" [S50][S50b]
    [InlineData("关木通", "Aristolochiae Manshuriensis Caulis", HerbSafetyFlag.AristolochicAcid, "D6 AA")]
    [InlineData("广防己", "Aristolochiae Fangchi Radix", HerbSafetyFlag.AristolochicAcid, "D6 AA")]
    [InlineData("青木香", "Aristolochiae Radix", HerbSafetyFlag.AristolochicAcid, "D6 AA")]
    [InlineData("马兜铃", "Aristolochiae Fructus", HerbSafetyFlag.AristolochicAcid, "D6 AA")]
    [InlineData("天仙藤", "Aristolochiae Herba", HerbSafetyFlag.AristolochicAcid, "D6 AA")]
    [InlineData("寻骨风", "Aristolochia mollissima", HerbSafetyFlag.AristolochicAcid, "D6 AA")]
    [InlineData("朱砂莲", "Aristolochia cinnabarina", HerbSafetyFlag.AristolochicAcid, "D6 AA")]
    // D6 "Warn, confirm the botanical source" (FDA letter of 16 May 2000)
    [InlineData("细辛", "Asari Radix et Rhizoma", HerbSafetyFlag.SubstitutionRisk, "D6 confirm")]
    [InlineData("木通", "Akebia", HerbSafetyFlag.SubstitutionRisk, "D6 confirm")]
    [InlineData("川木通", "Clematis", HerbSafetyFlag.SubstitutionRisk, "D6 confirm")]
    [InlineData("防己", "Stephania tetrandra", HerbSafetyFlag.SubstitutionRisk, "D6 confirm")]
    [InlineData("粉防己", "Stephaniae Tetrandrae Radix", HerbSafetyFlag.SubstitutionRisk, "D6 confirm")]
    [InlineData("木防己", "Cocculus", HerbSafetyFlag.SubstitutionRisk, "D6 confirm")]
    [InlineData("青风藤", "Sinomenium", HerbSafetyFlag.SubstitutionRisk, "D6 confirm")]
    [InlineData("北豆根", "Menispermum", HerbSafetyFlag.SubstitutionRisk, "D6 confirm")]
    [InlineData("秤钩风", "Diploclisia", HerbSafetyFlag.SubstitutionRisk, "D6 confirm")]
    // D6 "Hepatotoxic" [S49 for He Shou Wu; the others per the D6 starting list]
    [InlineData("何首乌", "Polygoni Multiflori Radix", HerbSafetyFlag.Hepatotoxic, "D6 hepatotoxic, S49")]
    [InlineData("制何首乌", "Polygoni Multiflori Radix Praeparata", HerbSafetyFlag.Hepatotoxic, "D6 hepatotoxic, S49 processed")]
    [InlineData("土三七", "Gynura japonica", HerbSafetyFlag.Hepatotoxic, "D6 hepatotoxic")]
    [InlineData("雷公藤", "Tripterygium wilfordii", HerbSafetyFlag.Hepatotoxic, "D6 hepatotoxic")]
    [InlineData("黄药子", "Dioscorea bulbifera", HerbSafetyFlag.Hepatotoxic, "D6 hepatotoxic")]
    [InlineData("川楝子", "Toosendan Fructus", HerbSafetyFlag.Hepatotoxic, "D6 hepatotoxic")]
    [InlineData("苍耳子", "Xanthii Fructus", HerbSafetyFlag.Hepatotoxic, "D6 hepatotoxic")]
    [InlineData("补骨脂", "Psoraleae Fructus", HerbSafetyFlag.Hepatotoxic, "D6 hepatotoxic")]
    [InlineData("千里光", "Senecio scandens", HerbSafetyFlag.Hepatotoxic, "D6 hepatotoxic")]
    public void EveryD6Entry_IsFoundByChineseAndLatin_AndFlaggedWithASource(string chinese, string latin, HerbSafetyFlag flag, string source)
    {
        var byChinese = Catalogue.Find(chinese).Value;
        var byLatin = Catalogue.Find(latin).Value;

        Assert.Same(byChinese, byLatin);
        var mark = Assert.Single(byChinese.Safety);
        Assert.Equal(flag, mark.Flag);
        Assert.False(string.IsNullOrWhiteSpace(mark.Source), source);
    }

    [Theory]
    [InlineData("Guang Fang Ji")]
    [InlineData("guangfangji")]
    [InlineData("Guǎng Fáng Jǐ")]
    [InlineData("GUǍNG FÁNG JǏ")]
    [InlineData("广防己")]
    [InlineData("Radix Aristolochiae Fangchi")]
    [InlineData("aristolochiae fangchi radix")]
    [InlineData(" Aristolochiae  Fangchi  Radix ")]
    public void NameForms_FindTheSameHerb(string name) =>
        Assert.Equal("guang-fang-ji", Catalogue.Find(name).Value.Id);

    [Theory]
    [InlineData("Radix et Rhizoma Ginseng", "人参")]
    [InlineData("Ren Shen", "人参")]
    [InlineData("龟板", "龟甲")]
    [InlineData("Han Fang Ji", "防己")]
    public void OlderOrderAndAliases_FindTheHerb(string name, string chinese) =>
        Assert.Equal(chinese, Catalogue.Find(name).Value.Chinese);

    [Fact]
    public void AnUnknownName_IsATypedError()
    {
        var error = Assert.IsType<UnknownHerbError>(Assert.Single(Catalogue.Find("Xyz Herb").Errors));
        Assert.Equal((HerbCodes.UnknownHerb, "Xyz Herb"), (error.Code, error.Name));
    }

    [Fact]
    public void MuTong_IsAmbiguous_BecauseAristolochiaGuanMuTongIsSoldUnderThatName()
    {
        // FDA letter of 16 May 2000 (reference D6): "Mu Tong" may be Aristolochia; the practitioner must pick by Chinese or Latin.
        var error = Assert.IsType<AmbiguousHerbError>(Assert.Single(Catalogue.Find("mu tong").Errors));

        Assert.Equal(HerbCodes.AmbiguousHerb, error.Code);
        Assert.Equal(["guan-mu-tong", "mu-tong"], error.Candidates.Select(h => h.Id).Order());
    }

    [Fact]
    public void AClinicExtension_ThatReusesAName_MakesItAmbiguous()
    {
        var own = new Herb("Hé Shǒu Wū Téng", "首乌藤", "Polygoni Multiflori Caulis", ["He Shou Wu"], [], "clinic");

        var extended = HerbCatalogue.Create(Catalogue.Herbs.Append(own)).Value;

        Assert.IsType<AmbiguousHerbError>(Assert.Single(extended.Find("heshouwu").Errors));
        Assert.Equal("首乌藤", extended.Find("He Shou Wu Teng").Value.Chinese);
    }

    [Fact]
    public void AClinicExtension_WithTheSamePinyinAsAShippedHerb_IsRefused()
    {
        var copy = new Herb("Huáng Qí", "黄芪", "Astragali Radix", [], [], "clinic");

        var error = Assert.Single(HerbCatalogue.Create(Catalogue.Herbs.Append(copy)).Errors);

        Assert.Equal(HerbCodes.DuplicateHerb, error.Code);
    }

    [Theory]
    // Reference D2 formulas (composition from the standard 方剂学 textbook; the last three rows are [R] in the reference).
    [InlineData("清燥救肺汤", "桑叶 石膏 人参 甘草 胡麻仁 阿胶 麦冬 杏仁 枇杷叶")]
    [InlineData("加味二妙散", "黄柏 苍术 当归尾 牛膝 萆薢 防己 龟板")]
    [InlineData("参苓白术散", "人参 茯苓 白术 山药 莲子 白扁豆 薏苡仁 砂仁 桔梗 甘草 大枣")]
    [InlineData("补中益气汤", "黄芪 人参 白术 甘草 当归 陈皮 升麻 柴胡")]
    [InlineData("虎潜丸", "黄柏 龟板 知母 熟地黄 陈皮 白芍 锁阳 虎骨 干姜")]
    [InlineData("圣愈汤", "熟地黄 白芍 川芎 人参 当归 黄芪")]
    [InlineData("补阳还五汤", "黄芪 当归尾 赤芍 地龙 川芎 红花 桃仁")]
    public void EveryHerbOfTheReferenceFormulas_IsInTheCatalogue(string formula, string herbs)
    {
        foreach (var name in herbs.Split(' '))
        {
            Assert.True(Catalogue.Find(name).IsSuccess, $"{formula}: {name}");
        }
    }

    [Fact]
    public void EveryShippedHerb_HasAllThreeNameForms_AndAUniqueId()
    {
        Assert.All(Catalogue.Herbs, herb => Assert.All([herb.Pinyin, herb.Chinese, herb.LatinName, herb.ListedIn],
            value => Assert.False(string.IsNullOrWhiteSpace(value), herb.Id)));
        Assert.Equal(Catalogue.Herbs.Count, Catalogue.Herbs.Select(h => h.Id).Distinct().Count());
    }
}
