using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MndCare.Persistence.Identity;

namespace MndCare.Web.Features.Auth;

/// <summary>Identity's sign-in, refusing accounts an administrator deactivated (pages and API alike: both check here first).</summary>
public sealed class ActiveAccountSignInManager(UserManager<MndCareUser> users, IHttpContextAccessor context,
    IUserClaimsPrincipalFactory<MndCareUser> claims, IOptions<IdentityOptions> options, ILogger<SignInManager<MndCareUser>> logger,
    IAuthenticationSchemeProvider schemes, IUserConfirmation<MndCareUser> confirmation)
    : SignInManager<MndCareUser>(users, context, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(MndCareUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.DeactivatedAtUtc is null && await base.CanSignInAsync(user);
    }
}
