using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MndCare.Application.Identity;
using MndCare.Persistence.Identity;

namespace MndCare.Web.Features.Auth;

/// <summary>Identity's sign-in manager: it refuses accounts an administrator deactivated, and can sign in a user whose
/// password <see cref="PasswordSignIn"/> has already checked.</summary>
public sealed class MndCareSignInManager(UserManager<MndCareUser> userManager, IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<MndCareUser> claimsFactory, IOptions<IdentityOptions> optionsAccessor, ILogger<SignInManager<MndCareUser>> logger,
    IAuthenticationSchemeProvider schemes, IUserConfirmation<MndCareUser> confirmation)
    : SignInManager<MndCareUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>Signs the user in with a session cookie, or starts the second-factor step when the account has one.</summary>
    public Task<SignInResult> SignInCheckedUserAsync(MndCareUser user) => SignInOrTwoFactorAsync(user, isPersistent: false);

    /// <inheritdoc />
    public override async Task<bool> CanSignInAsync(MndCareUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.DeactivatedAtUtc is null && await base.CanSignInAsync(user);
    }
}
