using Microsoft.AspNetCore.Identity;

namespace MndCare.Persistence.Identity;

/// <summary>A person who signs in: staff, a patient, or a family member acting for one.</summary>
public sealed class MndCareUser : IdentityUser<Guid>
{
    /// <summary>The name shown in the interface and recorded in the audit trail.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The last TOTP time step accepted, so a code can never be used twice (security test plan AS-04).</summary>
    public long? LastTotpTimeStep { get; set; }

    /// <summary>When the account was created (UTC).</summary>
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When an administrator deactivated the account (UTC); null while it is active. A deactivated account cannot sign in.</summary>
    public DateTime? DeactivatedAtUtc { get; set; }
}
