using Microsoft.Extensions.Localization;
using MndCare.Application.Tcm.Prescriptions;
using MndCare.Domain.Results;
using MndCare.Domain.Tcm.Herbs;
using MndCare.Domain.Tcm.Prescriptions;
using MndCare.Web.Pages.Tcm.Prescriptions;

namespace MndCare.Web.Pages.Tcm.Formulary;

/// <summary>The words of the herb catalogue and formula template pages in the reader's language; refusals that name a herb
/// (aristolochic acid, unknown, ambiguous) are the prescription pages' sentences.</summary>
public static class FormularyText
{
    /// <summary>The sentence of a refusal on the catalogue or template pages.</summary>
    public static string Error(IStringLocalizer localizer, Error error)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return error switch
        {
            ConflictError { Code: HerbCodes.DuplicateHerb } => localizer["A herb in the catalogue has one of these names already."],
            ConflictError { Code: HerbalPrescriptionCodes.SafetyEntryUnchanged } => localizer["The herb is already in that state on this list."],
            ValidationError v when v.Field.StartsWith("name", StringComparison.Ordinal) => localizer["Give the formula's Chinese and English names."],
            ValidationError { Code: ValidationError.Required, Field: "source" } => localizer["Give the source (or, to retire, why)."],
            ValidationError { Code: ValidationError.Required } => localizer["Fill in the names: pinyin, Chinese characters and Latin name."],
            ValidationError { Code: ValidationError.OutOfRange, Field: "list" } => localizer["Choose a safety list."],
            _ => PrescriptionText.Error(localizer, error),
        };
    }

    /// <summary>The name of a safety list.</summary>
    public static string List(IStringLocalizer localizer, string list) => list switch
    {
        "aristolochicAcid" => localizer["Contains aristolochic acid: never prescribed"],
        "substitutionRisk" => localizer["Liable to substitution by Aristolochia: confirm the source"],
        _ => localizer["Hepatotoxic"],
    };

    /// <summary>The wire names of the safety lists, in the order the form offers them.</summary>
    public static IReadOnlyList<string> Lists { get; } = [.. Enum.GetValues<HerbSafetyFlag>().Select(HerbWireNames.Of)];
}
