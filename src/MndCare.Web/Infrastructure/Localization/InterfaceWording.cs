using System.Globalization;
using Microsoft.Extensions.Localization;
using MndCare.Application.Assessments.Wordings;

namespace MndCare.Web.Infrastructure.Localization;

/// <summary>The ALSFRS-R wording forms show to this request's reader: the one of the interface language.</summary>
public static class InterfaceWording
{
    /// <summary>The wording of <see cref="CultureInfo.CurrentUICulture"/> (an installed one first, else the built-in one).</summary>
    public static AlsfrsRWording ForInterface(this AlsfrsRWordings wordings)
    {
        ArgumentNullException.ThrowIfNull(wordings);
        return wordings.For(CultureInfo.CurrentUICulture.Name);
    }

    /// <summary>How a stored score names its wording in the interface language (see <see cref="AlsfrsRWordings.Describe"/>).</summary>
    public static string Describe(this AlsfrsRWordings wordings, string? wordingId, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(wordings);
        ArgumentNullException.ThrowIfNull(localizer);
        return wordings.Describe(wordingId, localizer["Not a validated translation"], localizer["Wording not recorded"]);
    }
}
