using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using MndCare.Persistence.Identity;

namespace MndCare.Web.Infrastructure.Security;

/// <summary>The session or token must carry the user's current security stamp, checked on every request.</summary>
/// <remarks>Security test plan AS-07: Identity re-checks cookies only once a minute and bearer tokens never; signing out
/// or resetting the authenticator changes the stamp, so a copied cookie or token stops working at once.</remarks>
public sealed class CurrentSessionRequirement : IAuthorizationRequirement;

public sealed class CurrentSessionRequirementHandler(SignInManager<MndCareUser> signIn) : AuthorizationHandler<CurrentSessionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CurrentSessionRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity?.IsAuthenticated == true && await signIn.ValidateSecurityStampAsync(context.User) is not null)
        {
            context.Succeed(requirement);
        }
    }
}
