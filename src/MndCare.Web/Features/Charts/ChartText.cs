using Microsoft.Extensions.Localization;

namespace MndCare.Web.Features.Charts;

/// <summary>Chart labels in the interface language.</summary>
public static class ChartText
{
    public static ChartLabels Labels(IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return new ChartLabels(localizer["Months since onset"], localizer["ALSFRS-R"], localizer["Total"], localizer["Bulbar"], localizer["Fine motor"],
            localizer["Gross motor"], localizer["Respiratory"], localizer["D50 model fit"], localizer["FVC % predicted"], localizer["Stage"],
            localizer["King's stage"], localizer["MiToS stage"], localizer["Event-free probability"], localizer["ENCALS curve"],
            localizer["Median"], localizer["Today"]);
    }
}
