namespace MndCare.Domain.Courses;

/// <summary>The day arithmetic shared by template validation and calendar generation, so each rule lives once.</summary>
/// <remarks>docs/therapy/courses.md, "Calendar".</remarks>
internal static class CourseDays
{
    /// <summary>The last day of a course of <paramref name="lengthDays"/> days starting on <paramref name="start"/>.</summary>
    public static DateOnly LastDay(DateOnly start, int lengthDays) => start.AddDays(checked(lengthDays - 1));

    /// <summary>The last open day of the course, where the end-of-course assessment falls; null when none is open.</summary>
    public static DateOnly? LastOpenDay(DateOnly start, int lengthDays, Func<DateOnly, bool> isOpen)
    {
        for (var day = LastDay(start, lengthDays); day >= start; day = day.AddDays(-1))
        {
            if (isOpen(day))
            {
                return day;
            }
        }
        return null;
    }

    /// <summary>
    /// The infusion dates: the first on the first day, each next one on the first open day at least the spacing after the one
    /// before, all before the end-of-course assessment day; null when they do not fit.
    /// </summary>
    public static IReadOnlyList<DateOnly>? InfusionDates(DateOnly start, int lengthDays, int count, int spacingDays, Func<DateOnly, bool> isOpen)
    {
        var endAssessment = LastOpenDay(start, lengthDays, isOpen);
        if (endAssessment is not { } deadline || !isOpen(start))
        {
            return null;
        }
        var dates = new List<DateOnly>(count);
        var day = start;
        for (var i = 0; i < count; i++)
        {
            while (day < deadline && !isOpen(day))
            {
                day = day.AddDays(1);
            }
            if (day >= deadline)
            {
                return null;
            }
            dates.Add(day);
            day = day.AddDays(spacingDays);
        }
        return dates;
    }

    /// <summary>The open days of course week <paramref name="week"/> (0-based, seven days from the start each).</summary>
    public static IReadOnlyList<DateOnly> OpenDaysOfWeek(DateOnly start, int week, Func<DateOnly, bool> isOpen)
    {
        var first = start.AddDays(checked(week * CourseTemplate.DaysPerWeek));
        return [.. Enumerable.Range(0, CourseTemplate.DaysPerWeek).Select(first.AddDays).Where(isOpen)];
    }

    /// <summary>
    /// <paramref name="count"/> of the <paramref name="openDays"/>, spread evenly and centred (3 of Monday to Friday: Monday,
    /// Wednesday, Friday); all of them when there are fewer.
    /// </summary>
    public static IReadOnlyList<DateOnly> Spread(IReadOnlyList<DateOnly> openDays, int count)
    {
        if (count >= openDays.Count)
        {
            return openDays;
        }
        // Index floor((2k + 1) m / 2n): the middle of each of n equal parts of m days; distinct because m / n > 1.
        return [.. Enumerable.Range(0, count).Select(k => openDays[checked((2 * k + 1) * openDays.Count / (2 * count))])];
    }
}
