using System.ComponentModel.DataAnnotations;

namespace MndCare.Web.Infrastructure.Security;

/// <summary>Web security settings; bound from the "Security" section and validated at start.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Whether cookies are Secure-only with the __Host- prefix. Turn off only for plain-HTTP loopback development.</summary>
    /// <value>The default is true.</value>
    public bool SecureCookies { get; set; } = true;

    /// <summary>Sign-in attempts (POST) allowed per client network (an IPv4 address or an IPv6 /64) in each window; more answer 429.</summary>
    /// <value>The default is 20.</value>
    [Range(1, 100_000)]
    public int SignInPermitLimit { get; set; } = 20;

    /// <summary>Length of the sign-in rate-limit window, in seconds.</summary>
    /// <value>The default is 60.</value>
    [Range(1, 86_400)]
    public int SignInWindowSeconds { get; set; } = 60;

    /// <summary>Submissions and uploads per account (or, before sign-in, per client network) per minute.</summary>
    /// <value>The default is 60.</value>
    [Range(1, 100_000)]
    public int SubmissionPermitLimit { get; set; } = 60;

    /// <summary>Attempts to sign a report (password re-entered) per account in each <see cref="SigningWindow"/>; more answer 429.</summary>
    /// <value>The default is 10; the account also locks after 5 wrong passwords in a row.</value>
    [Range(1, 1_000)]
    public int SigningPermitLimit { get; set; } = 10;

    /// <summary>The window of <see cref="SigningPermitLimit"/>: as long as a lockout.</summary>
    public static readonly TimeSpan SigningWindow = Application.Identity.IdentitySetup.LockoutDuration;

    /// <summary>Minutes of inactivity after which a session ends.</summary>
    /// <value>The default is 15 (NIST SP 800-63B rev. 3, AAL2 allows 30).</value>
    [Range(1, 720)]
    public int IdleTimeoutMinutes { get; set; } = 15;

    /// <summary>Hours after sign-in when a session ends however active it is.</summary>
    /// <value>The default is 12 (NIST SP 800-63B rev. 3, AAL2).</value>
    [Range(1, 24)]
    public int AbsoluteTimeoutHours { get; set; } = 12;

    /// <summary>Minutes a bearer token for the JSON API stays valid.</summary>
    /// <value>The default is 30.</value>
    [Range(1, 720)]
    public int AccessTokenMinutes { get; set; } = 30;
}
