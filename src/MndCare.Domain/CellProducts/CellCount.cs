using MndCare.Domain.Results;

namespace MndCare.Domain.CellProducts;

/// <summary>A number of cells (not millions, not per kilogram): the unit every cell quantity is counted in.</summary>
public readonly record struct CellCount : IComparable<CellCount>
{
    /// <summary>The largest count one unit may hold; a larger figure is a typing error (10^11 cells).</summary>
    public const long MaxPerUnit = 100_000_000_000;

    private CellCount(long cells) => Cells = cells;

    /// <summary>The number of cells.</summary>
    public long Cells { get; }

    /// <summary>A checked count of cells in one unit: 1 to <see cref="MaxPerUnit"/>.</summary>
    /// <param name="cells">The number of cells.</param>
    /// <param name="field">The input's API name.</param>
    public static Result<CellCount> PerUnit(long cells, string field = "cellsPerUnit") =>
        cells is < 1 or > MaxPerUnit
            ? new ValidationError(field, CellProductErrorCodes.OutOfRange, $"{field} must be from 1 to {MaxPerUnit} cells.")
            : new CellCount(cells);

    /// <summary>The cells in <paramref name="units"/> units of this count (checked arithmetic).</summary>
    /// <param name="units">A number of units, 0 or more.</param>
    public CellCount Times(int units)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        return new CellCount(checked(Cells * units));
    }

    /// <inheritdoc/>
    public int CompareTo(CellCount other) => Cells.CompareTo(other.Cells);

    /// <summary>Whether <paramref name="left"/> is fewer cells than <paramref name="right"/>.</summary>
    public static bool operator <(CellCount left, CellCount right) => left.Cells < right.Cells;

    /// <summary>Whether <paramref name="left"/> is more cells than <paramref name="right"/>.</summary>
    public static bool operator >(CellCount left, CellCount right) => left.Cells > right.Cells;

    /// <summary>Whether <paramref name="left"/> is no more cells than <paramref name="right"/>.</summary>
    public static bool operator <=(CellCount left, CellCount right) => left.Cells <= right.Cells;

    /// <summary>Whether <paramref name="left"/> is no fewer cells than <paramref name="right"/>.</summary>
    public static bool operator >=(CellCount left, CellCount right) => left.Cells >= right.Cells;
}
