using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using MndCare.Domain.Infusions;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Localization;

namespace MndCare.Web.Pages.Infusions;

/// <summary>How the infusion pages word doses, cell counts and the infusion rules' refusals in the reader's language.</summary>
/// <remarks>Codes shared with other features (outOfOrder, invalidTransition) get their infusion wording from "infusion.error.*";
/// each bedside mismatch from "infusion.mismatch.*", naming the scanned value; the rest falls back to the shared catalogue.</remarks>
public static class InfusionText
{
    private const decimal Million = 1_000_000m;

    /// <summary>A dose in ×10^6 cells/kg as clinicians write it: "1.5".</summary>
    public static string Millions(decimal cellsPerKg) => (cellsPerKg / Million).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A cell count in ×10^6 cells: "105".</summary>
    public static string Millions(long cells) => (cells / Million).ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>The resource key of an infusion's status: a stopped order that never <paramref name="started"/> reads "cancelled".</summary>
    public static string StatusKey(string status, bool started) => "infusionStatus." + (status == "stopped" && !started ? "cancelled" : status);

    /// <summary>Puts field errors next to their fields (by API field name) and returns every error for the page's summary.</summary>
    public static IReadOnlyList<string> Apply(ModelStateDictionary state, IReadOnlyList<Error> errors, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(errors);
        var texts = new List<string>();
        foreach (var error in errors)
        {
            var text = Localize(localizer, error);
            texts.AddRange(text);
            if (error is ValidationError validation)
            {
                state.AddModelError("Form." + validation.Field, text[0]);
            }
        }
        return texts;
    }

    /// <summary>One error in the reader's language; a failed identity check gives one line per mismatch.</summary>
    public static IReadOnlyList<string> Localize(IStringLocalizer localizer, Error error)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return error switch
        {
            IdentityCheckFailedError failed => [.. failed.Mismatches.Select(m => Mismatch(localizer, m))],
            DoseOutOfRangeError dose => [localizer[dose.Basis == DoseBasis.Ordered ? "infusion.error.doseOutOfRange" : "infusion.error.deliveredDoseOutOfRange",
                Millions(dose.CellsPerKg), Millions(dose.Range.Min.Value), Millions(dose.Range.Max.Value)]],
            WeightTooOldError old => [localizer["infusion.error.weightTooOld", old.Age.TotalDays.ToString("0.#", CultureInfo.InvariantCulture),
                old.MaxAge.TotalDays.ToString("0.#", CultureInfo.InvariantCulture)]],
            _ => [Specific(localizer, error) ?? ErrorText.Localize(localizer, error)],
        };
    }

    // The infusion wording of a code when it has one ("infusion.error.*"), else the shared one; a field error names its field.
    private static string? Specific(IStringLocalizer localizer, Error error)
    {
        var text = localizer["infusion.error." + error.Code];
        if (error is not ValidationError validation)
        {
            return text.ResourceNotFound ? null : text.Value;
        }
        var shared = localizer["error." + error.Code];
        var message = !text.ResourceNotFound ? text.Value : !shared.ResourceNotFound ? shared.Value : error.Message;
        return $"{ErrorText.FieldLabel(localizer, validation.Field)}: {message}";
    }

    private static string Mismatch(IStringLocalizer localizer, IdentityMismatch mismatch) => mismatch.Code switch
    {
        IdentityMismatch.WrongPatient when mismatch.Value.Length == 0 => localizer["infusion.mismatch.noPatientCode"],
        IdentityMismatch.WrongNumberOfUnits => localizer["infusion.mismatch.wrongNumberOfUnits", mismatch.Value, mismatch.Expected ?? "?"],
        _ => localizer["infusion.mismatch." + mismatch.Code, mismatch.Value],
    };
}
