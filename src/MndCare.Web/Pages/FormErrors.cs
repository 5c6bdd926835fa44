using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Localization;

namespace MndCare.Web.Pages;

/// <summary>Puts field errors next to their fields and returns the others for the page's summary.</summary>
internal static class FormErrors
{
    public static IReadOnlyList<string> Apply(ModelStateDictionary state, IReadOnlyList<Error> errors, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var validation in errors.OfType<ValidationError>())
        {
            state.AddModelError("Form." + validation.Field, ErrorText.Localize(localizer, validation));
        }
        return Localize(errors, localizer);
    }

    /// <summary>The errors in the interface language, for a page's summary.</summary>
    public static IReadOnlyList<string> Localize(IReadOnlyList<Error> errors, IStringLocalizer localizer) =>
        [.. errors.Select(e => ErrorText.Localize(localizer, e))];

    /// <summary>The messages of one form field (API name, e.g. "birthDate"), or null when it has none.</summary>
    public static string? For(ModelStateDictionary state, string field)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.TryGetValue("Form." + field, out var entry) && entry.Errors.Count > 0
            ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage))
            : null;
    }

    /// <summary>Whether the failure is "not found" (the page answers 404).</summary>
    public static bool IsNotFound<T>(this Result<T> result) => result.Errors.Any(e => e is NotFoundError);
}
