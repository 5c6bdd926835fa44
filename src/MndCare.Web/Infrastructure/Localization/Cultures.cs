using System.Globalization;
using MndCare.Domain.Patients;

namespace MndCare.Web.Infrastructure.Localization;

/// <summary>The interface languages: English (complete) and Simplified Chinese.</summary>
public static class Cultures
{
    public const string English = "en";

    public const string SimplifiedChinese = "zh-Hans";

    public static readonly CultureInfo[] Supported = [new(English), new(SimplifiedChinese)];

    public static bool IsSupported(string? name) =>
        Supported.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The interface language of the current request, as the domain names languages.</summary>
    public static PreferredLanguage CurrentLanguage =>
        CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? PreferredLanguage.SimplifiedChinese : PreferredLanguage.English;

    /// <summary>The interface language of the current request as a language tag: "en" or "zh-Hans".</summary>
    public static string CurrentLanguageTag => WireNames.Of(CurrentLanguage);

    /// <summary>A language's own name for itself, as language choices show it in every interface language: "English", "中文".</summary>
    public static string NativeName(string languageTag) => languageTag == SimplifiedChinese ? "中文" : "English";
}
