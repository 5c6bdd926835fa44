using System.Globalization;
using Microsoft.Extensions.Localization;
using MndCare.Application.Safety.AdverseEvents;
using MndCare.Domain.Safety.AdverseEvents;

namespace MndCare.Web.Pages.AdverseEvents;

/// <summary>How the adverse-event pages word terms, grades, criteria and suspects in the reader's language (resource keys "ae.*" and
/// "ctcae.*"); a free term is shown as written.</summary>
public static class AdverseEventText
{
    /// <summary>The term in the reader's language: a shipped term by its key, a free term as written.</summary>
    public static string Term(IStringLocalizer l, string? termKey, string term)
    {
        ArgumentNullException.ThrowIfNull(l);
        return termKey is null ? term : l["ctcae.term." + termKey].Value;
    }

    /// <summary>The definition of <paramref name="grade"/> for a shipped term with its own grades, else the general CTCAE scale.</summary>
    public static string GradeDefinition(IStringLocalizer l, string? termKey, int grade)
    {
        ArgumentNullException.ThrowIfNull(l);
        var term = CtcaeTerms.Find(termKey);
        return term is { HasOwnGrades: true }
            ? l[$"ctcae.grade.{term.Key}.{grade.ToString(CultureInfo.InvariantCulture)}"].Value
            : l["ctcae.grade.general." + grade.ToString(CultureInfo.InvariantCulture)].Value;
    }

    /// <summary>The grades a term allows (1 to its highest; 1–5 for a free term).</summary>
    public static IEnumerable<int> Grades(string? termKey) => Enumerable.Range(1, CtcaeTerms.Find(termKey)?.MaxGrade ?? CtcaeTerms.MaxGrade);

    /// <summary>A suspect's label: a known medication by name in the reader's language, anything else as recorded.</summary>
    public static string SuspectLabel(IStringLocalizer l, SuspectView suspect)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(suspect);
        var medication = l["ae.medication." + suspect.Label];
        return suspect.Kind == "concomitantMedication" && !medication.ResourceNotFound ? medication.Value : suspect.Label;
    }
}
