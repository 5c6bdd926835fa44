namespace MndCare.Domain.Courses;

/// <summary>One ISO week (Monday to Sunday) of a calendar, in the clinic's zone, with its items grouped by local day.</summary>
/// <typeparam name="T">The items shown (sessions or their read models).</typeparam>
/// <param name="IsoYear">The ISO 8601 week-numbering year.</param>
/// <param name="IsoWeek">The ISO 8601 week number (1-53).</param>
/// <param name="Days">Seven days, Monday first, each with its items in time order.</param>
public sealed record CalendarWeek<T>(int IsoYear, int IsoWeek, IReadOnlyList<CalendarDay<T>> Days)
{
    /// <summary>The week's Monday.</summary>
    public DateOnly Monday => Days[0].Date;

    /// <summary>The Monday of the week before.</summary>
    public DateOnly PreviousMonday => Monday.AddDays(-CourseTemplate.DaysPerWeek);

    /// <summary>The Monday of the week after.</summary>
    public DateOnly NextMonday => Monday.AddDays(CourseTemplate.DaysPerWeek);
}

/// <summary>One local day of a <see cref="CalendarWeek{T}"/>.</summary>
/// <typeparam name="T">The items shown.</typeparam>
/// <param name="Date">The clinic's calendar date.</param>
/// <param name="Items">The items starting that day, in time order.</param>
public sealed record CalendarDay<T>(DateOnly Date, IReadOnlyList<T> Items);
