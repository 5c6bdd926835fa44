using Microsoft.AspNetCore.Authorization;
using MndCare.Web.Infrastructure.Auditing;

namespace MndCare.Web.Infrastructure.Security;

/// <summary>The session or token must carry the user's current security stamp, checked on every request.</summary>
/// <remarks>Security test plan AS-07: Identity re-checks cookies only once a minute and bearer tokens never; signing out
/// or resetting the authenticator changes the stamp, so a copied cookie or token stops working at once. The check is
/// made where the request's actor is loaded (<see cref="HttpActor"/>), which answers anonymous for a superseded stamp.</remarks>
public sealed class CurrentSessionRequirement : IAuthorizationRequirement;

public sealed class CurrentSessionRequirementHandler(HttpActor actor) : AuthorizationHandler<CurrentSessionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CurrentSessionRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity?.IsAuthenticated == true && (await actor.GetAsync(CancellationToken.None)).IsAuthenticated)
        {
            context.Succeed(requirement);
        }
    }
}
