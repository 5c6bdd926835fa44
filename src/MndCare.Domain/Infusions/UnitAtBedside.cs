namespace MndCare.Domain.Infusions;

/// <summary>A unit (bag or vial) a scanned code resolved to, as far as the bedside check needs it.</summary>
/// <remarks>Taken as a plain input so infusions do not depend on the cell-product model. <paramref name="IsReleasedLot"/> is
/// true only when the unit's lot is released and neither expired nor recalled now; <paramref name="IsUsed"/> is true when
/// the unit was already given in an infusion (or discarded).</remarks>
/// <param name="Code">The unit's code, as stored.</param>
/// <param name="LotId">The unit's lot.</param>
/// <param name="IsReleasedLot">Whether the unit's lot may be infused now.</param>
/// <param name="IsUsed">Whether the unit is already used.</param>
public sealed record UnitAtBedside(string Code, Guid LotId, bool IsReleasedLot, bool IsUsed);
