using MndCare.Domain.CellProducts;
using MndCare.Domain.Infusions;

namespace MndCare.Domain.Tests.Infusions;

// Valid-by-default inputs shared by the infusion tests.
internal static class InfusionCases
{
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    public static readonly Guid LotId = Guid.Parse("0190f000-0000-7000-8000-000000000001");

    public static readonly Guid OtherLotId = Guid.Parse("0190f000-0000-7000-8000-000000000002");

    public static CellsPerKg PerKg(decimal cells) => CellsPerKg.Create(cells).Value;

    public static BodyWeight Kg(decimal kilograms) => BodyWeight.Create(kilograms).Value;

    public static CellCount Cells(long cells) => CellCount.Create(cells, "cellsPerUnit").Value;

    public static WeightMeasurement Weighed(decimal kilograms, TimeSpan ago) => new(Kg(kilograms), Now - ago);

    public static LotForOrder ReleasedLot(long cellsPerUnit = 25_000_000) => new(LotId, IsReleased: true, Cells(cellsPerUnit));

    // 1.0 ×10^6/kg for 62.5 kg weighed yesterday from 25 ×10^6-cell units: 3 units.
    public static Infusion Ordered(LotForOrder? lot = null) => Infusion.Order(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), lot ?? ReleasedLot(),
        Now.AddHours(1), PerKg(1_000_000), Kg(62.5m), Weighed(62.5m, TimeSpan.FromDays(1)), InfusionPolicy.Default, Guid.NewGuid(), Now,
        Guid.NewGuid()).Value;

    public static UnitAtBedside Unit(string code, Guid? lot = null, bool released = true, bool used = false) =>
        new(code, lot ?? LotId, released, used);

    public static readonly UnitAtBedside[] ThreeGoodUnits = [Unit("U-001"), Unit("U-002"), Unit("U-003")];

    public static IdentityCheckResult Passed() =>
        IdentityCheck.Run("MRN-1001", "MRN-1001", LotId, 3, ["U-001", "U-002", "U-003"], ThreeGoodUnits).Value;

    public static VitalSigns Signs(DateTimeOffset takenAt, decimal temperature = 36.8m) =>
        VitalSigns.Create(takenAt, temperature, 72, 120, 80, 16, 98, takenAt).Value;
}
