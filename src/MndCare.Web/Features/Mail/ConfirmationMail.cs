using System.Globalization;
using System.Net;
using System.Text;
using System.Net.Mail;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MndCare.Web.Features.Mail;

/// <summary>Mails an applicant, in the language they chose: the confirmation link of a new account, or a sign-in link when
/// the address already had one (so the registration form looks the same either way).</summary>
public sealed partial class ConfirmationMail(IOptions<MailOptions> options, PublicLinks links, IStringLocalizer<SharedResource> localizer,
    ILogger<ConfirmationMail> logger)
{
    /// <summary>Whether mail can be sent.</summary>
    public bool IsConfigured => options.Value.IsConfigured;

    /// <summary>Sends the link that confirms a new account's address; false (and an error in the log, without the address) when sending failed.</summary>
    public Task<bool> SendConfirmationLinkAsync(string to, Guid userId, string token, string? language, CancellationToken cancellationToken) =>
        SendAsync(to, language, "Confirm your e-mail address",
        [
            ("Open this link to confirm your e-mail address for your consultation request: {0}",
                [links.Absolute(PublicLinks.ConfirmEmailPath(userId, token))]),
            ("If you did not ask for a consultation, ignore this message.", []),
        ], cancellationToken);

    /// <summary>Tells the owner of an address that already has an account that someone asked to register it again.</summary>
    public Task<bool> SendAccountExistsAsync(string to, string? language, CancellationToken cancellationToken) =>
        SendAsync(to, language, "Your MndCare account",
        [
            ("Someone, perhaps you, asked to create an account with this e-mail address, which already has one. To sign in, open: {0}",
                [links.Absolute(PublicLinks.SignInPath)]),
            ("If it was not you, ignore this message: nothing was changed.", []),
        ], cancellationToken);

    // Subject and paragraphs are resource keys; the language is en or zh-Hans.
    private async Task<bool> SendAsync(string to, string? language, string subject, (string Text, object[] Arguments)[] paragraphs,
        CancellationToken cancellationToken)
    {
        var mail = options.Value;
        var pageCulture = CultureInfo.CurrentUICulture;
        // The message is in the language the applicant chose, whatever language the page was in.
        CultureInfo.CurrentUICulture = language == "zh-Hans" ? new CultureInfo("zh-Hans") : new CultureInfo("en");
        using var message = new MailMessage(mail.From, to)
        {
            Subject = localizer[subject],
            Body = string.Join("\n\n", paragraphs.Select(p => localizer[p.Text, p.Arguments].Value)),
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

    [LoggerMessage(EventId = 9101, Level = LogLevel.Error, Message = "An applicant's e-mail could not be sent (SMTP status {Status}).")]
    private static partial void LogSendFailed(ILogger logger, string status);
}
