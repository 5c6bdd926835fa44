using Microsoft.Extensions.Localization;
using MndCare.Domain.Safety.AdverseEvents;

namespace MndCare.Web.Pages.Safety;

/// <summary>How the safety views name terms and rows in the reader's language.</summary>
public static class SafetyText
{
    /// <summary>A shipped CTCAE term in the reader's language; a free term as written.</summary>
    public static string Term(IStringLocalizer l, string? term) =>
        term is null or "" ? "–" : CtcaeTerms.Find(term) is { } known ? l["ctcae.term." + known.Key].Value : term;

    /// <summary>A causality category in the reader's language, or "not assessed".</summary>
    public static string Causality(IStringLocalizer l, string? causality) => causality is null ? l["Not assessed"] : l["ae.causality." + causality];
}
