using System.ComponentModel.DataAnnotations;

namespace MndCare.Web.Features.Mail;

/// <summary>Outgoing e-mail (confirmation links): an SMTP relay, or a pickup directory a relay collects from.</summary>
/// <remarks>With neither set, no mail is sent: demo mode shows links on screen; elsewhere registration says so.</remarks>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The sender address.</summary>
    [EmailAddress]
    public string From { get; set; } = "no-reply@mndcare.local";

    /// <summary>The SMTP relay's host name; null when mail goes to a pickup directory or nowhere.</summary>
    public string? SmtpHost { get; set; }

    /// <summary>The SMTP port.</summary>
    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    /// <summary>Whether to use TLS (STARTTLS) with the relay.</summary>
    public bool SmtpUseTls { get; set; } = true;

    /// <summary>The relay's user name, when it needs one.</summary>
    public string? SmtpUserName { get; set; }

    /// <summary>The relay's password, when it needs one.</summary>
    public string? SmtpPassword { get; set; }

    /// <summary>A directory where each message is written as an .eml file (for a relay to pick up, or for tests).</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>The public address of the application, for links in messages (e.g. https://clinic.example.org).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Whether messages can be sent at all.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(SmtpHost) || !string.IsNullOrWhiteSpace(PickupDirectory);
}
