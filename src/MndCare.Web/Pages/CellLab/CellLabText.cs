using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using MndCare.Domain.Results;
using MndCare.Domain.Time;
using MndCare.Web.Infrastructure.Localization;

namespace MndCare.Web.Pages.CellLab;

/// <summary>How the cell-lab pages word the product's codes: statuses, results, markers, fields and errors, in the interface language.</summary>
/// <remarks>Keys start with "cellLab." so the product's wording (say, "invalidTransition" of a lot) never borrows another feature's;
/// codes without a cell-lab wording fall back to the house catalogue (<see cref="ErrorText"/>).</remarks>
public static class CellLabText
{
    /// <summary>The wording of a wire name in a group ("lotStatus", "unitStatus", "custody", "result", "marker", ...).</summary>
    public static string Of(IStringLocalizer localizer, string group, string wireName)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var text = localizer[$"cellLab.{group}.{wireName}"];
        return text.ResourceNotFound ? wireName : text.Value;
    }

    /// <summary>A field's label (API name, e.g. "viabilityPercent").</summary>
    public static string Field(IStringLocalizer localizer, string field)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var text = localizer["cellLab.field." + field];
        return text.ResourceNotFound ? ErrorText.FieldLabel(localizer, field) : text.Value;
    }

    /// <summary>An error: "Field: what is wrong" for a field, the sentence alone otherwise.</summary>
    public static string Error(IStringLocalizer localizer, Error error)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(error);
        var own = localizer["cellLab.error." + error.Code];
        var house = localizer["error." + error.Code];
        var message = !own.ResourceNotFound ? own.Value : !house.ResourceNotFound ? house.Value : error.Message;
        return error is ValidationError v ? $"{Field(localizer, FieldOf(v.Field))}: {message}" : message;
    }

    /// <summary>Puts field errors next to their fields and returns every error for the summary.</summary>
    public static IReadOnlyList<string> Apply(ModelStateDictionary state, IReadOnlyList<Error> errors, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var validation in errors.OfType<ValidationError>())
        {
            state.AddModelError("Form." + validation.Field, Error(localizer, validation));
        }
        return [.. errors.Select(e => Error(localizer, e))];
    }

    /// <summary>The tag style of a lot status: released is good, failed, expired and recalled are warnings.</summary>
    public static string TagFor(string lotStatus) => lotStatus switch
    {
        "released" => "tag ok",
        "failed" or "expired" or "recalled" => "tag danger",
        _ => "tag",
    };

    /// <summary>A date as a date input holds it ("2026-12-07"), or empty.</summary>
    public static string DateValue(DateOnly? date) => date is { } d ? ClinicTime.Format(d) : string.Empty;

    /// <summary>A number as typed back into a form, without trailing zeros.</summary>
    public static string Number(decimal? value) => value?.ToString("G29", CultureInfo.InvariantCulture) ?? string.Empty;

    // "screening[2].marker" is labelled as "marker".
    private static string FieldOf(string field) => field[(field.LastIndexOf('.') + 1)..];
}
