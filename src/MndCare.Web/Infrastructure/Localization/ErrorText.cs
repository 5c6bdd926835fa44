using Microsoft.Extensions.Localization;
using MndCare.Domain.Results;

namespace MndCare.Web.Infrastructure.Localization;

/// <summary>Shows a domain error in the interface language: "Field: what is wrong".</summary>
public static class ErrorText
{
    public static string Localize(IStringLocalizer localizer, Error error)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(error);
        var text = localizer["error." + error.Code];
        var message = text.ResourceNotFound ? error.Message : text.Value;
        return error is ValidationError validation ? $"{FieldLabel(localizer, validation.Field)}: {message}" : message;
    }

    public static string FieldLabel(IStringLocalizer localizer, string field)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var label = localizer["field." + field];
        return label.ResourceNotFound ? field : label.Value;
    }
}
