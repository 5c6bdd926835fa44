namespace MndCare.Web.Features.Mail;

/// <summary>Mails an applicant, in the language they chose: the confirmation link of a new account, or a sign-in link when
/// the address already had one (so the registration form looks the same either way).</summary>
public sealed class ConfirmationMail(MailSender mail, PublicLinks links)
{
    /// <summary>Whether mail can be sent.</summary>
    public bool IsConfigured => mail.IsConfigured;

    /// <summary>Sends the link that confirms a new account's address; false (and an error in the log, without the address) when sending failed.</summary>
    public Task<bool> SendConfirmationLinkAsync(string to, Guid userId, string token, string? language, CancellationToken cancellationToken) =>
        mail.SendAsync(to, language, l => (l["Confirm your e-mail address"],
            l["Open this link to confirm your e-mail address for your consultation request: {0}", links.Absolute(PublicLinks.ConfirmEmailPath(userId, token))]
            + "\n\n" + l["If you did not ask for a consultation, ignore this message."]), cancellationToken);

    /// <summary>Tells the owner of an address that already has an account that someone asked to register it again.</summary>
    public Task<bool> SendAccountExistsAsync(string to, string? language, CancellationToken cancellationToken) =>
        mail.SendAsync(to, language, l => (l["Your MndCare account"],
            l["Someone, perhaps you, asked to create an account with this e-mail address, which already has one. To sign in, open: {0}",
                links.Absolute(PublicLinks.SignInPath)]
            + "\n\n" + l["If it was not you, ignore this message: nothing was changed."]), cancellationToken);
}
