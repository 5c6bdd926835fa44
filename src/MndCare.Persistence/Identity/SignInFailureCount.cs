namespace MndCare.Persistence.Identity;

/// <summary>Failed sign-ins for one e-mail address from one client network (or from all networks together) within a
/// window, and the lock they caused. The rule is MndCare.Application.Identity.SignInLockout.</summary>
public sealed class SignInFailureCount
{
    /// <summary>The <see cref="ClientNetwork"/> of the row that counts failures from every network.</summary>
    public const string AllNetworks = "*";

    /// <summary>SHA-256 (hex) of the normalized e-mail address as typed, whether or not an account has it; addresses typed by
    /// strangers are not kept in clear.</summary>
    public string AccountKey { get; set; } = string.Empty;

    /// <summary>The client's IPv4 address or IPv6 /64 network, or <see cref="AllNetworks"/>.</summary>
    public string ClientNetwork { get; set; } = string.Empty;

    /// <summary>Failures since <see cref="WindowStartedAtUtc"/>.</summary>
    public int Failures { get; set; }

    /// <summary>When the first failure of the current window happened (UTC).</summary>
    public DateTime WindowStartedAtUtc { get; set; }

    /// <summary>Until when sign-in is refused for this address from this network (UTC), if it is locked.</summary>
    public DateTime? LockedUntilUtc { get; set; }
}
