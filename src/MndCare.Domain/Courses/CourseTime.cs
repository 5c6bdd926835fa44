namespace MndCare.Domain.Courses;

/// <summary>Turns a clinic's wall-clock time into the UTC instant a session is stored at.</summary>
/// <remarks>docs/therapy/courses.md, "Time zones": like NodaTime's lenient resolver, a time skipped by a daylight-saving change
/// moves forward by the length of the gap (02:30 becomes 03:30), and a time that occurs twice is the earlier one.</remarks>
public static class CourseTime
{
    /// <summary>The UTC instant of <paramref name="time"/> on <paramref name="date"/> in <paramref name="zone"/>.</summary>
    /// <param name="date">A calendar date in the zone.</param>
    /// <param name="time">A wall-clock time in the zone.</param>
    /// <param name="zone">The clinic's time zone.</param>
    public static DateTime ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // Read with the offset in force before the gap, the time lands after it, shifted by the gap's length.
            var offsetBefore = zone.GetUtcOffset(local.AddDays(-1));
            return DateTime.SpecifyKind(local - offsetBefore, DateTimeKind.Utc);
        }
        if (zone.IsAmbiguousTime(local))
        {
            var earlierOffset = zone.GetAmbiguousTimeOffsets(local).Max();
            return DateTime.SpecifyKind(local - earlierOffset, DateTimeKind.Utc);
        }
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    /// <summary>The zone for an IANA id, or null when the id is unknown.</summary>
    /// <param name="timeZoneId">An IANA time-zone id such as Asia/Shanghai.</param>
    public static TimeZoneInfo? FindZone(string? timeZoneId) =>
        !string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : null;
}
