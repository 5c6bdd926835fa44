using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MndCare.Persistence.Identity;

namespace MndCare.Application.Identity;

/// <summary>Tokens of the links that invite staff: valid for <see cref="Lifespan"/>, and for one use only, because accepting
/// sets a password and so changes the security stamp the token is bound to.</summary>
public sealed class InvitationTokenProvider(IDataProtectionProvider protection, IOptions<InvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<MndCareUser>> logger) : DataProtectorTokenProvider<MndCareUser>(protection, options, logger)
{
    /// <summary>The provider's name in the Identity options.</summary>
    public const string ProviderName = "Invitation";

    /// <summary>The purpose the tokens are made for.</summary>
    public const string Purpose = "StaffInvitation";

    /// <summary>How long an invitation link works: a week, enough for someone on leave.</summary>
    public static readonly TimeSpan Lifespan = TimeSpan.FromDays(7);
}

/// <summary>The options of <see cref="InvitationTokenProvider"/>.</summary>
public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = InvitationTokenProvider.ProviderName;
        TokenLifespan = InvitationTokenProvider.Lifespan;
    }
}
