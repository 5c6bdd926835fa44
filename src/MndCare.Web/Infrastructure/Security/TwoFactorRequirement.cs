using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using MndCare.Domain.Clinics;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Startup;

namespace MndCare.Web.Infrastructure.Security;

/// <summary>Staff must have signed in with a second factor (TOTP), except in demo mode.</summary>
/// <remarks>ASVS 6.3.3 and the security test plan AS-08: a staff sign-in without an enrolled authenticator reaches
/// only the enrolment page.</remarks>
public sealed class TwoFactorRequirement : IAuthorizationRequirement
{
    /// <summary>The claim Identity adds when a sign-in used a second factor.</summary>
    public const string AuthenticationMethodClaim = "amr";

    public const string MultiFactorValue = "mfa";
}

public sealed class TwoFactorRequirementHandler(HttpActor actor, IOptions<DemoOptions> demo) : AuthorizationHandler<TwoFactorRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorRequirement requirement)
    {
        if (demo.Value.Enabled || context.User.HasClaim(TwoFactorRequirement.AuthenticationMethodClaim, TwoFactorRequirement.MultiFactorValue))
        {
            context.Succeed(requirement);
            return;
        }
        var current = await actor.GetAsync(CancellationToken.None);
        if (!current.Memberships.Any(m => RolePermissions.IsStaff(m.Role)))
        {
            context.Succeed(requirement);
        }
    }
}
