using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using MndCare.Domain.Auditing;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Errors;

namespace MndCare.Web.Infrastructure.Security;

/// <summary>Sends staff without a second factor to enrolment (pages) or tells API clients why (403); a superseded session
/// is asked to sign in again.</summary>
public sealed class AuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    public const string EnrolmentPath = "/Account/EnrollAuthenticator";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden && Failed<CurrentSessionRequirement>(authorizeResult))
        {
            // A signed-out or superseded session is no session: ask for sign-in (401 or the login page), not "forbidden".
            authorizeResult = PolicyAuthorizationResult.Challenge();
        }
        if (authorizeResult.Challenged || authorizeResult.Forbidden)
        {
            context.Items[AuditMiddleware.AuthorizationRefusalKey] =
                authorizeResult.Challenged ? AuditOutcome.Unauthenticated : AuditOutcome.Denied;
        }
        var needsTwoFactor = authorizeResult.Forbidden && Failed<TwoFactorRequirement>(authorizeResult);
        if (!needsTwoFactor)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        if (ApiPaths.IsApi(context.Request.Path))
        {
            await Problems.WriteAsync(context, StatusCodes.Status403Forbidden, "Two-factor authentication required",
                "Staff accounts must set up an authenticator app on the web and sign in with it before using the API.",
                "twoFactorEnrollmentRequired");
            return;
        }
        context.Response.Redirect(EnrolmentPath);
    }

    private static bool Failed<TRequirement>(PolicyAuthorizationResult result) =>
        result.AuthorizationFailure?.FailedRequirements.OfType<TRequirement>().Any() == true;
}
