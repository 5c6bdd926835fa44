using System.Globalization;
using MndCare.Domain.Time;

namespace MndCare.Domain.Courses;

/// <summary>Groups calendar items by the clinic's local day for one ISO week (Monday start).</summary>
/// <remarks>docs/therapy/courses.md, "Week view": weeks and week numbers are ISO 8601; an item belongs to the local day it starts on.</remarks>
public static class WeekView
{
    /// <summary>The Monday of the ISO week that contains <paramref name="date"/>.</summary>
    /// <param name="date">Any date.</param>
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The week containing <paramref name="dayInWeek"/>, with the items that start in it, by local day.</summary>
    /// <typeparam name="T">The items shown.</typeparam>
    /// <param name="items">Any items; those outside the week are left out.</param>
    /// <param name="startsAtUtc">Each item's start (UTC).</param>
    /// <param name="dayInWeek">Any day of the week wanted, in the clinic's zone.</param>
    /// <param name="timeZoneId">The clinic's IANA time zone.</param>
    public static CalendarWeek<T> Of<T>(IEnumerable<T> items, Func<T, DateTime> startsAtUtc, DateOnly dayInWeek, string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(startsAtUtc);
        var monday = MondayOf(dayInWeek);
        var byDay = items
            .Select(item => (Item: item, Start: startsAtUtc(item)))
            .Select(x => (x.Item, x.Start, Date: ClinicTime.LocalDate(x.Start, timeZoneId)))
            .Where(x => x.Date >= monday && x.Date < monday.AddDays(CourseTemplate.DaysPerWeek))
            .ToLookup(x => x.Date);
        var days = Enumerable.Range(0, CourseTemplate.DaysPerWeek)
            .Select(monday.AddDays)
            .Select(date => new CalendarDay<T>(date, [.. byDay[date].OrderBy(x => x.Start).Select(x => x.Item)]))
            .ToList();
        var thursday = monday.AddDays(3).ToDateTime(TimeOnly.MinValue);
        return new CalendarWeek<T>(ISOWeek.GetYear(thursday), ISOWeek.GetWeekOfYear(thursday), days);
    }
}
