using System.Globalization;

namespace MndCare.Web.Pages;

/// <summary>How pages show sizes and times, the same on every page.</summary>
public static class Display
{
    /// <summary>A file size in whole kilobytes, never "0 KB" for a file that has content.</summary>
    public static string Kb(long bytes) => Math.Max(1, Math.Ceiling(bytes / 1024.0)).ToString("0", CultureInfo.InvariantCulture) + " KB";

    /// <summary>A UTC time as yyyy-MM-dd HH:mm, or a dash.</summary>
    public static string Time(DateTime? utc) => utc?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "–";
}
