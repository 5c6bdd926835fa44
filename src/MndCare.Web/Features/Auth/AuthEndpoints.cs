using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Persistence.Identity;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Errors;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Features.Auth;

/// <summary>Sign-in for the JSON API: POST /api/auth/login returns a bearer token.</summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/login", LoginAsync)
            .WithTags("Auth")
            .WithSummary("Exchange e-mail, password and (for staff) a TOTP code for a bearer token.")
            .AllowAnonymous()
            .RequireRateLimiting(WebServiceCollectionExtensions.SignInRateLimit)
            .Audited(SignInAudit.Action, "user");
        return app;
    }

    /// <summary>The sign-in request; <paramref name="TwoFactorCode"/> is the authenticator app's current code.</summary>
    public sealed record LoginRequest(string? Email, string? Password, string? TwoFactorCode = null);

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(LoginRequest request, HttpContext context,
        SignInManager<MndCareUser> signIn, AuditTrail audit, HttpActor actor, SignInGate gate)
    {
        var requester = await actor.GetAsync(context.RequestAborted);
        var check = await gate.CheckAsync(requester, request.Email, request.Password, request.TwoFactorCode, context.RequestAborted);
        await SignInAudit.RecordAsync(audit, requester, check.User, check.Outcome, new { channel = "api", result = check.Code }, context.RequestAborted);
        if (check.User is null || check.Outcome != AuditOutcome.Success)
        {
            var status = check.Code == SignInGate.EnrollmentRequired ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
            return TypedResults.Problem(Problems.Create(context, status, "Sign-in failed", check.Message, check.Code));
        }
        signIn.AuthenticationScheme = Microsoft.AspNetCore.Identity.IdentityConstants.BearerScheme;
        Claim[] claims = check.UsedSecondFactor
            ? [new Claim(TwoFactorRequirement.AuthenticationMethodClaim, TwoFactorRequirement.MultiFactorValue)]
            : [];
        await signIn.SignInWithClaimsAsync(check.User, isPersistent: false, claims);
        return TypedResults.Empty; // the bearer handler has written {"tokenType","accessToken","expiresIn","refreshToken"}
    }
}
