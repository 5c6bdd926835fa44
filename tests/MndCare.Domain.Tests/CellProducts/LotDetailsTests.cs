using MndCare.Domain.CellProducts;
using MndCare.Domain.Results;
using static MndCare.Domain.Tests.CellProducts.CellProductFixture;

namespace MndCare.Domain.Tests.CellProducts;

// Issue 8, POST /api/lots and "Bad input": unit, range and date errors name their field.
public sealed class LotDetailsTests
{
    [Fact]
    public void Create_Valid_NormalizesCodesAndTypesTheCellCount()
    {
        var details = LotDetails.Create(LotInput(), Today).Value;

        Assert.Equal(("UCM2603-01", "UCMSC-IV", 100_000_000L, 4), (details.LotNumber.Value, details.ProductCode.Value, details.CellsPerUnit.Cells, details.UnitsProduced));
    }

    public static TheoryData<LotInput, string, string> Refused => new()
    {
        { LotInput() with { ExpiresOn = Today.AddDays(-20) }, "expiresOn", CellProductErrorCodes.ExpiryNotAfterManufacture },
        { LotInput() with { ExpiresOn = Today.AddDays(-21) }, "expiresOn", CellProductErrorCodes.ExpiryNotAfterManufacture },
        { LotInput() with { ManufacturedOn = Today.AddDays(1), ExpiresOn = Today.AddDays(2) }, "manufacturedOn", CellProductErrorCodes.InFuture },
        { LotInput() with { CellsPerUnit = 0 }, "cellsPerUnit", ValidationError.OutOfRange },
        { LotInput() with { CellsPerUnit = CellCount.MaxPerUnit + 1 }, "cellsPerUnit", ValidationError.OutOfRange },
        { LotInput() with { CellsPerUnit = null }, "cellsPerUnit", ValidationError.Required },
        { LotInput() with { UnitsProduced = 0 }, "unitsProduced", ValidationError.OutOfRange },
        { LotInput() with { UnitsProduced = 1000 }, "unitsProduced", ValidationError.OutOfRange },
        { LotInput() with { Passage = -1 }, "passage", ValidationError.OutOfRange },
        { LotInput() with { Passage = null }, "passage", ValidationError.Required },
        { LotInput() with { DonorCode = "MRN-001" }, "donorCode", CellProductErrorCodes.InvalidFormat },
        { LotInput() with { ExpiresOn = null }, "expiresOn", ValidationError.Required },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Create_BadField_IsRefusedWithItsName(LotInput input, string field, string code)
    {
        var error = Assert.IsType<ValidationError>(Assert.Single(LotDetails.Create(input, Today).Errors));

        Assert.Equal((field, code), (error.Field, error.Code));
    }

    [Fact]
    public void CellCount_Times_UsesCheckedArithmetic()
    {
        var perUnit = CellCount.PerUnit(CellCount.MaxPerUnit).Value;

        Assert.Equal(300_000_000_000L, perUnit.Times(3).Cells);
        Assert.Throws<OverflowException>(() => perUnit.Times(int.MaxValue).Times(int.MaxValue));
    }
}
