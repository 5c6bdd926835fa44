using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MndCare.Web.Features.Mail;

/// <summary>Sends one e-mail through the configured relay or pickup directory, written in the reader's language.</summary>
public sealed partial class MailSender(IOptions<MailOptions> options, IStringLocalizer<SharedResource> localizer, ILogger<MailSender> logger)
{
    /// <summary>Whether mail can be sent.</summary>
    public bool IsConfigured => options.Value.IsConfigured;

    /// <summary>Composes the message in <paramref name="language"/> (en or zh-Hans) and sends it; false (and an error in the log,
    /// without the address) when sending failed.</summary>
    public async Task<bool> SendAsync(string to, string? language, Func<IStringLocalizer, (string Subject, string Body)> compose,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var mail = options.Value;
        var pageCulture = CultureInfo.CurrentUICulture;
        // The message is in the reader's language, whatever language the page was in.
        CultureInfo.CurrentUICulture = language == "zh-Hans" ? new CultureInfo("zh-Hans") : new CultureInfo("en");
        var (subject, body) = compose(localizer);
        CultureInfo.CurrentUICulture = pageCulture;
        using var message = new MailMessage(mail.From, to)
        {
            Subject = subject,
            Body = body,
            BodyEncoding = Encoding.UTF8,
            SubjectEncoding = Encoding.UTF8,
            // Base64 keeps links intact for any reader (quoted-printable would split and escape them).
            BodyTransferEncoding = System.Net.Mime.TransferEncoding.Base64,
        };
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

    [LoggerMessage(EventId = 9101, Level = LogLevel.Error, Message = "An e-mail could not be sent (SMTP status {Status}).")]
    private static partial void LogSendFailed(ILogger logger, string status);
}
