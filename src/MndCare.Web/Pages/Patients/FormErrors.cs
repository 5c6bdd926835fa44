using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Localization;

namespace MndCare.Web.Pages.Patients;

/// <summary>Puts field errors next to their fields and returns the others for the page's summary.</summary>
internal static class FormErrors
{
    public static IReadOnlyList<string> Apply(ModelStateDictionary state, IReadOnlyList<Error> errors, IStringLocalizer localizer)
    {
        var pageErrors = new List<string>();
        foreach (var error in errors)
        {
            var text = ErrorText.Localize(localizer, error);
            if (error is ValidationError validation)
            {
                state.AddModelError("Form." + validation.Field, text);
            }
            pageErrors.Add(text);
        }
        return pageErrors;
    }
}
