using Microsoft.Extensions.Options;
using MndCare.Application.Staff;
using MndCare.Web.Features.Mail;
using MndCare.Web.Infrastructure.Startup;

namespace MndCare.Web.Features.Staff;

/// <summary>Delivers an invitation link: mailed when mail is configured; in demo mode, which has no mail, given back to show on screen.</summary>
public sealed class InvitationDelivery(InvitationMail mail, MailSender sender, PublicLinks links, IOptions<DemoOptions> demo)
{
    /// <summary>Mails the link of <paramref name="invited"/> (nothing when an existing account was given the role).</summary>
    public async Task<InvitationSent> DeliverAsync(StaffInvited invited, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invited);
        if (invited.Token is null)
        {
            return new InvitationSent(false, null);
        }
        var path = PublicLinks.AcceptInvitationPath(invited.Member.Id, invited.Token);
        if (sender.IsConfigured)
        {
            var clinic = invited.Member.Clinics is [var first, ..] ? first.ClinicName : "MndCare";
            return new InvitationSent(await mail.SendAsync(invited.Member.Email, invited.Member.DisplayName, clinic, links.Absolute(path),
                invited.Language, cancellationToken), null);
        }
        return new InvitationSent(false, demo.Value.Enabled ? path : null);
    }
}

/// <summary>Whether the invitation was mailed, and (demo mode only) the link to show instead.</summary>
/// <param name="Mailed">True when the message went to the relay.</param>
/// <param name="DemoLink">The link's path in demo mode without mail; otherwise null.</param>
public sealed record InvitationSent(bool Mailed, string? DemoLink);
