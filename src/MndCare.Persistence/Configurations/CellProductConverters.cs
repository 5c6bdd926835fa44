using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MndCare.Domain.CellProducts;

namespace MndCare.Persistence.Configurations;

/// <summary>Stores the cell product's checked codes as their text (and cell counts as a number); a stored value that no longer
/// passes its check fails loudly on read.</summary>
internal static class CellProductConverters
{
    public static readonly ValueConverter<LotNumber, string> LotNumber = new(v => v.Value, v => Domain.CellProducts.LotNumber.Create(v).Value);

    public static readonly ValueConverter<ProductCode, string> ProductCode = new(v => v.Value, v => Domain.CellProducts.ProductCode.Create(v).Value);

    public static readonly ValueConverter<DonorCode, string> DonorCode = new(v => v.Value, v => Domain.CellProducts.DonorCode.Create(v).Value);

    public static readonly ValueConverter<UnitCode, string> UnitCode = new(v => v.Value, v => Domain.CellProducts.UnitCode.Create(v).Value);

    public static readonly ValueConverter<CellCount, long> CellsPerUnit = new(v => v.Cells, v => CellCount.PerUnit(v, "cellsPerUnit").Value);

    /// <summary>The longest code of each kind, in characters.</summary>
    public const int MaxCodeLength = 32;
}
