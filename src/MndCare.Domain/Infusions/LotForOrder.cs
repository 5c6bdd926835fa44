using MndCare.Domain.CellProducts;

namespace MndCare.Domain.Infusions;

/// <summary>What an infusion order needs to know of a cell lot: whether it is released now and its cells per unit.</summary>
/// <remarks>Taken as a plain input so infusions do not depend on the cell-product model; the caller fills it from the lot.
/// <paramref name="IsReleased"/> is true only for a released lot that is neither expired nor recalled at the order time.</remarks>
/// <param name="LotId">The lot.</param>
/// <param name="IsReleased">Whether the lot may be ordered now.</param>
/// <param name="CellsPerUnit">Cells in each unit (bag or vial) of the lot.</param>
public sealed record LotForOrder(Guid LotId, bool IsReleased, CellCount CellsPerUnit);
