using System.Globalization;
using MndCare.Domain.Results;

namespace MndCare.Domain.Infusions;

/// <summary>A whole number of cells (a lot's cells per unit, an infusion's total); arithmetic on it is checked.</summary>
public readonly record struct CellCount
{
    private CellCount(long cells) => Cells = cells;

    /// <summary>The number of cells.</summary>
    public long Cells { get; }

    /// <summary>The count in millions of cells (×10^6), as clinicians write it.</summary>
    public decimal Millions => Cells / CellsPerKg.CellsPerMillion;

    /// <summary>A count of at least one cell; error <c>outOfRange</c> on <paramref name="field"/>.</summary>
    /// <param name="cells">The number of cells.</param>
    /// <param name="field">The input's API name (for example <c>cellsPerUnit</c>).</param>
    public static Result<CellCount> Create(long cells, string field) =>
        cells > 0 ? new CellCount(cells) : new ValidationError(field, InfusionErrorCodes.OutOfRange, $"{field} must be at least one cell.");

    /// <summary>The cells in <paramref name="units"/> units of this size; overflow is a bug and throws.</summary>
    /// <param name="units">A positive number of units.</param>
    public CellCount TimesUnits(int units)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(units);
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
    public override string ToString() => Cells.ToString(CultureInfo.InvariantCulture) + " cells";
}
