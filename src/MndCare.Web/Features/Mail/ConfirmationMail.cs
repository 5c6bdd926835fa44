using System.Globalization;
using System.Net;
using System.Text;
using System.Net.Mail;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MndCare.Web.Features.Mail;

/// <summary>Sends the e-mail confirmation link to a new applicant, in the language they chose.</summary>
public sealed partial class ConfirmationMail(IOptions<MailOptions> options, IStringLocalizer<SharedResource> localizer, ILogger<ConfirmationMail> logger)
{
    /// <summary>Whether mail can be sent.</summary>
    public bool IsConfigured => options.Value.IsConfigured;

    /// <summary>Sends the link in <paramref name="language"/> (en or zh-Hans); false (and an error in the log, without the address) when sending failed.</summary>
    public async Task<bool> SendAsync(string to, string link, string? language, CancellationToken cancellationToken)
    {
        var mail = options.Value;
        var pageCulture = CultureInfo.CurrentUICulture;
        // The message is in the language the applicant chose, whatever language the page was in.
        CultureInfo.CurrentUICulture = language == "zh-Hans" ? new CultureInfo("zh-Hans") : new CultureInfo("en");
        using var message = new MailMessage(mail.From, to)
        {
            Subject = localizer["Confirm your e-mail address"],
            Body = localizer["Open this link to confirm your e-mail address for your consultation request: {0}", link] + "\n\n" +
                localizer["If you did not ask for a consultation, ignore this message."],
            BodyEncoding = Encoding.UTF8,
            SubjectEncoding = Encoding.UTF8,
            // Base64 keeps the link intact for any reader (quoted-printable would split and escape it).
            BodyTransferEncoding = System.Net.Mime.TransferEncoding.Base64,
        };
        CultureInfo.CurrentUICulture = pageCulture;
        using var client = string.IsNullOrWhiteSpace(mail.PickupDirectory)
            ? new SmtpClient(mail.SmtpHost, mail.SmtpPort) { EnableSsl = mail.SmtpUseTls }
            : new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = mail.PickupDirectory };
        if (!string.IsNullOrEmpty(mail.SmtpUserName))
        {
            client.Credentials = new NetworkCredential(mail.SmtpUserName, mail.SmtpPassword);
        }
        try
        {
            await client.SendMailAsync(message, cancellationToken);
            return true;
        }
        catch (SmtpException exception)
        {
            LogSendFailed(logger, exception.StatusCode.ToString());
            return false;
        }
    }

    [LoggerMessage(EventId = 9101, Level = LogLevel.Error, Message = "The confirmation e-mail could not be sent (SMTP status {Status}).")]
    private static partial void LogSendFailed(ILogger logger, string status);
}
