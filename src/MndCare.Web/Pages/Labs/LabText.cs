using System.Globalization;
using Microsoft.Extensions.Localization;
using MndCare.Application.Safety.Labs;
using MndCare.Domain.Safety.Labs;

namespace MndCare.Web.Pages.Labs;

/// <summary>How lab pages word and format results: test names, grades, alerts, check reasons and statuses, in the reader's language.</summary>
public static class LabText
{
    /// <summary>Every test in the order the pages list them.</summary>
    public static IReadOnlyList<LabTest> Tests { get; } = Enum.GetValues<LabTest>();

    /// <summary>The test's name ("labTest.ALT").</summary>
    public static string Test(IStringLocalizer l, string wireName) => l["labTest." + wireName];

    /// <summary>The value with its unit, as entered.</summary>
    public static string Value(decimal value, string unit) => value.ToString("0.###", CultureInfo.InvariantCulture) + " " + unit;

    /// <summary>The reference limit the result was graded against, with its unit ("ULN 40 U/L"), or a dash.</summary>
    public static string Limit(IStringLocalizer l, LabResultView r) =>
        r.UpperLimitOfNormal is { } uln ? l["ULN {0}", Value(uln, r.Unit)]
        : r.LowerLimitOfNormal is { } lln ? l["LLN {0}", Value(lln, r.Unit)]
        : "–";

    /// <summary>The CTCAE grade with its version ("Grade 2 (CTCAE 5.0)").</summary>
    public static string Grade(IStringLocalizer l, LabResultView r) => l["Grade {0} (CTCAE {1})", r.Grade, r.CtcaeVersion];

    /// <summary>The value as a multiple of the ULN ("3.01 × ULN"), or empty.</summary>
    public static string TimesUln(IStringLocalizer l, LabResultView r) =>
        r.TimesUpperLimit is { } times ? l["{0} × ULN", times.ToString("0.00", CultureInfo.InvariantCulture)] : string.Empty;

    /// <summary>What an alert means, by the riluzole label.</summary>
    public static string Alert(IStringLocalizer l, string alert) => l["labAlert." + alert];

    /// <summary>Why a check was scheduled.</summary>
    public static string Reason(IStringLocalizer l, string reason) => l["labCheckReason." + reason];

    /// <summary>Where a check stands.</summary>
    public static string Status(IStringLocalizer l, string status) => l["labCheckStatus." + status];

    /// <summary>Units allowed for a test (UCUM), for the unit choice.</summary>
    public static IReadOnlyList<string> Units { get; } = [.. Tests.SelectMany(LabUnits.Allowed).Distinct()];
}
