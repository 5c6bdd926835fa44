using MndCare.Domain.Tcm.Acupoints;

namespace MndCare.Domain.Tests.Tcm;

// The shipped acupoint catalogue (docs/tcm/catalogues.md; data and licences: ACUPOINTS-LICENCE.md).
public sealed class AcupointCatalogueTests
{
    private static readonly AcupointCatalogue Catalogue = AcupointCatalogue.Shipped;

    [Fact]
    public void ShipsThe361WhoPoints_On14Meridians()
    {
        // WHO Standard Acupuncture Point Locations 2008: 361 points [S45].
        Assert.Equal(361, Catalogue.Points.Count);
        Assert.Equal(14, Catalogue.Points.Select(p => p.Meridian).Distinct().Count());
        Assert.Equal(361, Catalogue.Points.Select(p => p.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("LI4")]
    [InlineData("li 4")]
    [InlineData("Hegu")]
    [InlineData("hé gǔ")]
    [InlineData("合谷")]
    public void SearchByCodePinyinOrChinese_FindsHegu_First(string query)
    {
        var first = Catalogue.Search(query)[0];

        Assert.Equal(("LI4", "Large Intestine Meridian", "合谷"), (first.Code, first.Meridian, first.ChineseSimplified));
    }

    [Theory]
    [InlineData("足三里", "ST36")]
    [InlineData("Zúsānlǐ", "ST36")]
    [InlineData("云门", "LU2")]
    [InlineData("雲門", "LU2")]
    [InlineData("gv20", "GV20")]
    public void SearchFindsSimplifiedAndTraditionalNames(string query, string code) =>
        Assert.Equal(code, Catalogue.Search(query)[0].Code);

    [Fact]
    public void APrefix_FindsEveryPointItStarts()
    {
        var points = Catalogue.Search("zusan");

        Assert.Contains(points, p => p.Code == "ST36");
        Assert.Empty(Catalogue.Search("  "));
        Assert.Empty(Catalogue.Search("qqqq"));
    }

    [Fact]
    public void TheLicenceNotice_TravelsWithTheData()
    {
        Assert.Contains("MIT License", AcupointCatalogue.LicenceNotice, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", AcupointCatalogue.LicenceNotice, StringComparison.Ordinal);
        Assert.Null(Catalogue.Search("BL45")[0].ChineseSimplified);
    }
}
