using System.Globalization;

namespace MndCare.Domain.Time;

/// <summary>Dates and times as people read them: in the clinic's time zone, in one format for every language.</summary>
/// <remarks>docs/adr/0015-dates-in-the-clinic-time-zone.md: a date is yyyy-MM-dd; a time is yyyy-MM-dd HH:mm followed by
/// the offset from UTC it was read in (UTC+08:00), so a time is never ambiguous, whoever reads it and wherever.</remarks>
public static class ClinicTime
{
    /// <summary>How a calendar date is written.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>How a moment is written: local date, hour and minute, and the offset from UTC.</summary>
    public const string DateTimeFormat = "yyyy-MM-dd HH:mm 'UTC'zzz";

    /// <summary>How the audit trail writes a moment: to the second, with the zone named once above the table or in the header.</summary>
    public const string AuditTimeFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>The moment <paramref name="instant"/> as the clock on the clinic's wall shows it, with that offset.</summary>
    /// <param name="instant">Any moment.</param>
    /// <param name="timeZoneId">The clinic's IANA time zone.</param>
    public static DateTimeOffset Local(DateTimeOffset instant, string timeZoneId) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));

    /// <summary>A stored UTC time (the database may hand it back without its kind) in the clinic's zone.</summary>
    /// <param name="utc">A time in UTC.</param>
    /// <param name="timeZoneId">The clinic's IANA time zone.</param>
    public static DateTimeOffset Local(DateTime utc, string timeZoneId) =>
        Local(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), timeZoneId);

    /// <summary>The calendar date in the clinic at <paramref name="instant"/>.</summary>
    /// <param name="instant">Any moment.</param>
    /// <param name="timeZoneId">The clinic's IANA time zone.</param>
    public static DateOnly LocalDate(DateTimeOffset instant, string timeZoneId) => DateOnly.FromDateTime(Local(instant, timeZoneId).DateTime);

    /// <summary>The calendar date in the clinic at a stored UTC time.</summary>
    /// <param name="utc">A time in UTC.</param>
    /// <param name="timeZoneId">The clinic's IANA time zone.</param>
    public static DateOnly LocalDate(DateTime utc, string timeZoneId) => DateOnly.FromDateTime(Local(utc, timeZoneId).DateTime);

    /// <summary>The UTC instant the calendar day <paramref name="date"/> begins in the clinic's time zone.</summary>
    /// <remarks>Where a daylight-saving change skips midnight, the day begins at the first local time that exists.</remarks>
    /// <param name="date">A calendar date in the clinic's time zone.</param>
    /// <param name="timeZoneId">The clinic's IANA time zone.</param>
    public static DateTime StartOfDayUtc(DateOnly date, string timeZoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    /// <summary>The UTC instant of <paramref name="time"/> on <paramref name="date"/> in <paramref name="zone"/>.</summary>
    /// <remarks>docs/therapy/courses.md, "Time zones": like NodaTime's lenient resolver, a time skipped by a daylight-saving
    /// change moves forward by the length of the gap (02:30 becomes 03:30), and a time that occurs twice is the earlier one.</remarks>
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

    /// <summary>"2026-12-07".</summary>
    /// <param name="date">A calendar date.</param>
    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>"2026-12-07 04:30 UTC+08:00": the time with the offset it carries.</summary>
    /// <param name="local">A moment with the offset it is to be read in.</param>
    public static string Format(DateTimeOffset local) => local.ToString(DateTimeFormat, CultureInfo.InvariantCulture);

    /// <summary>A stored UTC time as the clinic reads it, e.g. "2026-12-07 04:30 UTC+08:00".</summary>
    /// <param name="utc">A time in UTC.</param>
    /// <param name="timeZoneId">The clinic's IANA time zone.</param>
    public static string Format(DateTime utc, string timeZoneId) => Format(Local(utc, timeZoneId));

    /// <summary>The clinic's calendar date at a stored UTC time, e.g. "2026-12-07".</summary>
    /// <param name="utc">A time in UTC.</param>
    /// <param name="timeZoneId">The clinic's IANA time zone.</param>
    public static string FormatDate(DateTime utc, string timeZoneId) => Format(LocalDate(utc, timeZoneId));
}
