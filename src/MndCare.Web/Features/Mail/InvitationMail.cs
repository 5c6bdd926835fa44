namespace MndCare.Web.Features.Mail;

/// <summary>Sends a staff invitation link, in the language the administrator chose.</summary>
public sealed class InvitationMail(MailSender mail)
{
    /// <summary>Sends the invitation of <paramref name="name"/> to <paramref name="clinic"/>; false when sending failed.</summary>
    public Task<bool> SendAsync(string to, string name, string clinic, string link, string language, CancellationToken cancellationToken) =>
        mail.SendAsync(to, language, l => (l["Your MndCare account at {0}", clinic],
            l["Dear {0},", name] + "\n\n" +
            l["You are invited to work in MndCare at {0}. Open this link within 7 days to choose your password: {1}", clinic, link] + "\n\n" +
            l["After you sign in, staff set up an authenticator app on their phone for the second step of sign-in."] + "\n\n" +
            l["If you did not expect this invitation, ignore this message."]), cancellationToken);
}
