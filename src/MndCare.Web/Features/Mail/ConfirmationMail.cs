namespace MndCare.Web.Features.Mail;

/// <summary>Sends the e-mail confirmation link to a new applicant, in the language they chose.</summary>
public sealed class ConfirmationMail(MailSender mail)
{
    /// <summary>Whether mail can be sent.</summary>
    public bool IsConfigured => mail.IsConfigured;

    /// <summary>Sends the link in <paramref name="language"/> (en or zh-Hans); false when sending failed.</summary>
    public Task<bool> SendAsync(string to, string link, string? language, CancellationToken cancellationToken) =>
        mail.SendAsync(to, language, l => (l["Confirm your e-mail address"],
            l["Open this link to confirm your e-mail address for your consultation request: {0}", link] + "\n\n" +
            l["If you did not ask for a consultation, ignore this message."]), cancellationToken);
}
