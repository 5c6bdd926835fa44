using System.Globalization;
using MndCare.Application.Safety.AdverseEvents;
using MndCare.Domain.Time;
using MndCare.Web.Features.Mail;

namespace MndCare.Web.Features.AdverseEvents;

/// <summary>Mails a safety officer that a serious adverse event was recorded: the term, grade, criteria and the reporting deadline,
/// in English and Chinese, with the link to the event; nothing when mail is not configured (the in-application notice remains).</summary>
public sealed class SeriousEventMail(MailSender sender, PublicLinks links) : ISeriousEventMail
{
    public async Task SendAsync(SeriousEventNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (!sender.IsConfigured)
        {
            return;
        }
        var link = links.Absolute($"/AdverseEvents/{notice.AdverseEventId:D}");
        await sender.SendAsync(notice.Email, "en", l =>
        {
            string Body() => l["Dear {0},", notice.DisplayName] + "\n\n"
                + l["A serious adverse event was recorded at {0}: {1}, CTCAE grade {2}.", notice.ClinicName, notice.Term,
                    notice.Grade?.ToString(CultureInfo.InvariantCulture) ?? "?"] + "\n"
                + string.Join(", ", notice.Seriousness.Select(s => l["ae.seriousness." + s].Value)) + "\n"
                + (notice.ReportDueOn is { } due ? l["Report to the authority by {0}.", ClinicTime.Format(due)].Value : string.Empty) + "\n" + link;
            var english = Body();
            var culture = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = new CultureInfo("zh-Hans");
            var chinese = Body();
            var subject = l["Serious adverse event"].Value;
            CultureInfo.CurrentUICulture = culture;
            return (l["Serious adverse event"] + " / " + subject, english + "\n\n" + chinese);
        }, cancellationToken);
    }
}
