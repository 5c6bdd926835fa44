using System.Globalization;
using MndCare.Domain.Results;

namespace MndCare.Domain.CellProducts;

/// <summary>A whole number of cells (not millions, not per kilogram): a lot's cells per unit, an infusion's total.</summary>
/// <remarks>Arithmetic on it is checked; an overflow is a bug. docs/therapy/cell-product.md and docs/therapy/infusion.md.</remarks>
public readonly record struct CellCount : IComparable<CellCount>
{
    /// <summary>Cells in one million, the unit clinicians write doses in (×10^6).</summary>
    public const decimal CellsPerMillion = 1_000_000m;

    /// <summary>The largest count one unit may hold; a larger figure is a typing error (10^11 cells).</summary>
    public const long MaxPerUnit = 100_000_000_000;

    private CellCount(long cells) => Cells = cells;

    /// <summary>The number of cells.</summary>
    public long Cells { get; }

    /// <summary>The count in millions of cells (×10^6), as clinicians write it.</summary>
    public decimal Millions => Cells / CellsPerMillion;

    /// <summary>A count of at least one cell; error <c>outOfRange</c> on <paramref name="field"/>.</summary>
    /// <param name="cells">The number of cells.</param>
    /// <param name="field">The input's API name.</param>
    public static Result<CellCount> Create(long cells, string field) =>
        cells > 0 ? new CellCount(cells) : new ValidationError(field, ValidationError.OutOfRange, $"{field} must be at least one cell.");

    /// <summary>A checked count of cells in one unit: 1 to <see cref="MaxPerUnit"/>.</summary>
    /// <param name="cells">The number of cells.</param>
    /// <param name="field">The input's API name.</param>
    public static Result<CellCount> PerUnit(long cells, string field = "cellsPerUnit") =>
        cells is < 1 or > MaxPerUnit
            ? new ValidationError(field, ValidationError.OutOfRange, $"{field} must be from 1 to {MaxPerUnit} cells.")
            : new CellCount(cells);

    /// <summary>The cells in <paramref name="units"/> units of this count (checked arithmetic).</summary>
    /// <param name="units">A number of units, 0 or more.</param>
    public CellCount Times(int units)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        return new CellCount(checked(Cells * units));
    }

    /// <summary>How many whole units of this size hold at least <paramref name="total"/> cells: ceiling(total / this).</summary>
    /// <param name="total">The cells needed.</param>
    public int UnitsToHold(CellCount total) => checked((int)((total.Cells / Cells) + (total.Cells % Cells == 0 ? 0 : 1)));

    /// <summary>Rounds a computed number of cells to a whole cell, half away from zero.</summary>
    internal static CellCount RoundFrom(decimal cells)
    {
        var whole = checked((long)decimal.Round(cells, MidpointRounding.AwayFromZero));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(whole);
        return new CellCount(whole);
    }

    /// <inheritdoc/>
    public int CompareTo(CellCount other) => Cells.CompareTo(other.Cells);

    /// <inheritdoc/>
    public override string ToString() => Cells.ToString(CultureInfo.InvariantCulture) + " cells";

    /// <summary>Whether <paramref name="left"/> is fewer cells than <paramref name="right"/>.</summary>
    public static bool operator <(CellCount left, CellCount right) => left.Cells < right.Cells;

    /// <summary>Whether <paramref name="left"/> is more cells than <paramref name="right"/>.</summary>
    public static bool operator >(CellCount left, CellCount right) => left.Cells > right.Cells;

    /// <summary>Whether <paramref name="left"/> is no more cells than <paramref name="right"/>.</summary>
    public static bool operator <=(CellCount left, CellCount right) => left.Cells <= right.Cells;

    /// <summary>Whether <paramref name="left"/> is no fewer cells than <paramref name="right"/>.</summary>
    public static bool operator >=(CellCount left, CellCount right) => left.Cells >= right.Cells;
}
