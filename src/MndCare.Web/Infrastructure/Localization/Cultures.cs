using System.Globalization;

namespace MndCare.Web.Infrastructure.Localization;

/// <summary>The interface languages: English (complete) and Simplified Chinese.</summary>
public static class Cultures
{
    public const string English = "en";

    public const string SimplifiedChinese = "zh-Hans";

    public static readonly CultureInfo[] Supported = [new(English), new(SimplifiedChinese)];

    public static bool IsSupported(string? name) =>
        Supported.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A language's own name for itself, as language choices show it in every interface language: "English", "中文".</summary>
    public static string NativeName(string languageTag) => languageTag == SimplifiedChinese ? "中文" : "English";
}
