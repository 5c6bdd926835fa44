using System.Globalization;
using Microsoft.Extensions.Localization;
using MndCare.Web.Pages.Safety;

namespace MndCare.Web.Pages.Outcomes;

/// <summary>Names CTCAE terms in the report's language, which the API may choose apart from the request's interface language.</summary>
public static class CohortTerms
{
    /// <summary>A shipped term in <paramref name="languageTag"/>'s language (English for any other tag); a free term as written.</summary>
    public static Func<string, string> In(IStringLocalizer localizer, string? languageTag) => term =>
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(languageTag is "zh-Hans" ? "zh-Hans" : "en");
        try
        {
            return SafetyText.Term(localizer, term);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    };
}
