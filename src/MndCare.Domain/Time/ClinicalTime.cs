namespace MndCare.Domain.Time;

/// <summary>Durations between calendar dates in the units clinical models use.</summary>
/// <remarks>Decision 1 (docs/instruments/decided-readings.md): months = days / 30.4375 and years = days / 365.25, computed from
/// calendar dates; ages are fractional years, never truncated (Decision 14).</remarks>
public static class ClinicalTime
{
    /// <summary>Mean days in a month: 365.25 / 12.</summary>
    public const double DaysPerMonth = 30.4375;

    /// <summary>Mean days in a year, with leap years.</summary>
    public const double DaysPerYear = 365.25;

    /// <summary>Days from <paramref name="from"/> to <paramref name="to"/> (negative when <paramref name="to"/> is earlier).</summary>
    /// <param name="from">The earlier date.</param>
    /// <param name="to">The later date.</param>
    public static int DaysBetween(DateOnly from, DateOnly to) => checked(to.DayNumber - from.DayNumber);

    /// <summary>Months from <paramref name="from"/> to <paramref name="to"/>: days / 30.4375.</summary>
    /// <param name="from">The earlier date.</param>
    /// <param name="to">The later date.</param>
    public static double MonthsBetween(DateOnly from, DateOnly to) => DaysBetween(from, to) / DaysPerMonth;

    /// <summary>Years from <paramref name="from"/> to <paramref name="to"/>: days / 365.25.</summary>
    /// <param name="from">The earlier date.</param>
    /// <param name="to">The later date.</param>
    public static double YearsBetween(DateOnly from, DateOnly to) => DaysBetween(from, to) / DaysPerYear;
}
