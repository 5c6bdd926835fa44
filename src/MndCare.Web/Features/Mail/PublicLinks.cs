using Microsoft.Extensions.Options;

namespace MndCare.Web.Features.Mail;

/// <summary>The one place that builds links for messages that leave the application (e-mail).</summary>
/// <remarks>Links start from Mail:PublicBaseUrl only, never from the request's Host header, which the client chooses: a
/// forged Host would otherwise carry a patient's confirmation token to someone else's site.</remarks>
public sealed class PublicLinks(IOptions<MailOptions> options)
{
    /// <summary>The sign-in page.</summary>
    public const string SignInPath = "/Account/Login";

    /// <summary>The page that confirms an applicant's e-mail address with the token sent to it.</summary>
    public static string ConfirmEmailPath(Guid userId, string token) =>
        $"/Account/ConfirmEmail?userId={userId:D}&token={Uri.EscapeDataString(token)}";

    /// <summary>The page where invited staff choose their password with the token sent to them.</summary>
    public static string AcceptInvitationPath(Guid userId, string token) =>
        $"/Account/AcceptInvitation?userId={userId:D}&token={Uri.EscapeDataString(token)}";

    /// <summary>The link to <paramref name="path"/> at the application's public address.</summary>
    /// <exception cref="InvalidOperationException">Mail:PublicBaseUrl is not set; start-up validation requires it whenever mail is sent.</exception>
    public string Absolute(string path) =>
        (options.Value.PublicBaseUrl ?? throw new InvalidOperationException("Mail:PublicBaseUrl is not set.")).TrimEnd('/') + path;
}
