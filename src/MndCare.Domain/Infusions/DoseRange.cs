using System.Globalization;
using MndCare.Domain.Results;

namespace MndCare.Domain.Infusions;

/// <summary>The clinic's accepted cell dose per kilogram, inclusive at both ends, too narrow for a 10× slip to pass.</summary>
/// <remarks>Default 0.5-2.0 ×10^6 cells/kg, the range the programme describes; the only published row it matches is a
/// review table of IV UC-MSC at 1-2 ×10^6 cells/kg [S25], not verified as an ALS study (therapy reference A4). Because
/// max/min &lt; 10, any in-range dose multiplied by 10 exceeds max and any divided by 10 falls below min, so a 10× slip
/// either way is always refused; <see cref="Create"/> refuses a range that would break this. docs/therapy/infusion.md.</remarks>
public sealed record DoseRange
{
    /// <summary>The slip the range must always catch: a dose 10 times too high or too low (a misplaced decimal or exponent).</summary>
    public const decimal SlipFactor = 10m;

    /// <summary>Default lower limit, 0.5 ×10^6 cells/kg (programme range; [S25] reports 1-2 ×10^6 cells/kg IV).</summary>
    public const decimal DefaultMinCellsPerKg = 500_000m;

    /// <summary>Default upper limit, 2.0 ×10^6 cells/kg (programme range; [S25]).</summary>
    public const decimal DefaultMaxCellsPerKg = 2_000_000m;

    private DoseRange(CellsPerKg min, CellsPerKg max)
    {
        Min = min;
        Max = max;
    }

    /// <summary>The programme's range, 0.5-2.0 ×10^6 cells/kg.</summary>
    public static DoseRange Default { get; } = new(CellsPerKg.Create(DefaultMinCellsPerKg).Value, CellsPerKg.Create(DefaultMaxCellsPerKg).Value);

    /// <summary>The lowest accepted dose.</summary>
    public CellsPerKg Min { get; }

    /// <summary>The highest accepted dose.</summary>
    public CellsPerKg Max { get; }

    /// <summary>A clinic's range: both limits valid doses, min not above max, and max/min below <see cref="SlipFactor"/>.</summary>
    /// <param name="minCellsPerKg">The lowest accepted dose, cells/kg.</param>
    /// <param name="maxCellsPerKg">The highest accepted dose, cells/kg.</param>
    /// <returns>The range; <c>outOfRange</c> on <c>minCellsPerKg</c> or <c>maxCellsPerKg</c>, or <c>doseRangeTooWide</c> on
    /// <c>maxCellsPerKg</c> when max ≥ 10 × min or max &lt; min.</returns>
    public static Result<DoseRange> Create(decimal minCellsPerKg, decimal maxCellsPerKg)
    {
        var min = CellsPerKg.Create(minCellsPerKg);
        var max = CellsPerKg.Create(maxCellsPerKg);
        if (!min.IsSuccess || !max.IsSuccess)
        {
            return Result<DoseRange>.Failure([.. Renamed(min, "minCellsPerKg"), .. Renamed(max, "maxCellsPerKg")]);
        }
        if (maxCellsPerKg < minCellsPerKg || maxCellsPerKg >= SlipFactor * minCellsPerKg)
        {
            return new ValidationError("maxCellsPerKg", InfusionErrorCodes.DoseRangeTooWide,
                $"The highest dose must be at least the lowest and less than {SlipFactor.ToString(CultureInfo.InvariantCulture)} times it, so that a tenfold slip is always refused.");
        }
        return new DoseRange(min.Value, max.Value);
    }

    /// <summary>Whether <paramref name="dose"/> lies within the range (limits included).</summary>
    /// <param name="dose">A dose per kilogram.</param>
    public bool Contains(CellsPerKg dose) => dose.Value >= Min.Value && dose.Value <= Max.Value;

    private static IEnumerable<Error> Renamed(Result<CellsPerKg> result, string field) =>
        result.Errors.Select(e => e is ValidationError v ? v with { Field = field } : e);
}
