using System.Globalization;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Results;

namespace MndCare.Domain.Infusions;

/// <summary>A cell dose per kilogram of body weight, in cells per kilogram (1 000 000 is 1.0 ×10^6 cells/kg).</summary>
/// <remarks>The API's <c>cellsPerKg</c> is this plain number. Fractions are kept so that a slip such as 1.0 meant as
/// 1.0 ×10^6 reaches the dose-range rule and is refused there with the clinic's range (docs/therapy/infusion.md, "Units").</remarks>
public readonly record struct CellsPerKg
{
    /// <summary>The largest value accepted at all (10^10 cells/kg), far above any dose range; keeps the arithmetic bounded.</summary>
    public const decimal MaxValue = 10_000_000_000m;

    private CellsPerKg(decimal value) => Value = value;

    /// <summary>Cells per kilogram.</summary>
    public decimal Value { get; }

    /// <summary>The dose in millions of cells per kilogram, as clinicians write it (×10^6/kg).</summary>
    public decimal Millions => Value / CellCount.CellsPerMillion;

    /// <summary>A dose per kilogram: more than 0 and at most <see cref="MaxValue"/>; error <c>outOfRange</c> on <c>cellsPerKg</c>.</summary>
    /// <param name="cellsPerKg">Cells per kilogram.</param>
    public static Result<CellsPerKg> Create(decimal cellsPerKg) =>
        cellsPerKg is > 0 and <= MaxValue
            ? new CellsPerKg(cellsPerKg)
            : new ValidationError("cellsPerKg", ValidationError.OutOfRange,
                $"cellsPerKg must be more than 0 and at most {MaxValue.ToString(CultureInfo.InvariantCulture)} cells per kilogram.");

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " cells/kg";
}
