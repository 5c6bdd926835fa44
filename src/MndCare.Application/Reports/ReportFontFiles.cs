namespace MndCare.Application.Reports;

/// <summary>The TrueType files the PDF renderer embeds: DejaVu Sans for Latin text, Droid Sans Fallback for CJK.</summary>
/// <param name="LatinRegular">DejaVu Sans (Debian package fonts-dejavu-core).</param>
/// <param name="LatinBold">DejaVu Sans Bold (Debian package fonts-dejavu-core).</param>
/// <param name="Cjk">Droid Sans Fallback Full (Debian package fonts-droid-fallback); it has no Latin glyphs.</param>
public sealed record ReportFontFiles(string LatinRegular, string LatinBold, string Cjk)
{
    /// <summary>The Debian package that provides the DejaVu files.</summary>
    public const string LatinPackage = "fonts-dejavu-core";

    /// <summary>The Debian package that provides the Droid Sans Fallback file.</summary>
    public const string CjkPackage = "fonts-droid-fallback";

    /// <summary>Where Debian installs the three files.</summary>
    public static ReportFontFiles Debian { get; } = new(
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
}
