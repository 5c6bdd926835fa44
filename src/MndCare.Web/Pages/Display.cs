using System.Globalization;
using MndCare.Domain.Time;

namespace MndCare.Web.Pages;

/// <summary>How pages show sizes, dates and times, the same on every page (dates and times as <see cref="ClinicTime"/> writes them).</summary>
public static class Display
{
    /// <summary>A file size in whole kilobytes, never "0 KB" for a file that has content.</summary>
    public static string Kb(long bytes) => Math.Max(1, Math.Ceiling(bytes / 1024.0)).ToString("0", CultureInfo.InvariantCulture) + " KB";

    /// <summary>A stored UTC time in the clinic's zone, "2026-12-07 04:30 UTC+08:00", or a dash.</summary>
    public static string Time(DateTime? utc, string timeZoneId) => utc is { } t ? ClinicTime.Format(t, timeZoneId) : "–";

    /// <summary>The clinic's calendar date at a stored UTC time, "2026-12-07", or a dash.</summary>
    public static string Date(DateTime? utc, string timeZoneId) => utc is { } t ? ClinicTime.FormatDate(t, timeZoneId) : "–";

    /// <summary>A calendar date, "2026-12-07", or a dash.</summary>
    public static string Date(DateOnly? date) => date is { } d ? ClinicTime.Format(d) : "–";
}
