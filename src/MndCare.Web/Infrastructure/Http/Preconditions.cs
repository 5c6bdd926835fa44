using Microsoft.AspNetCore.Http.HttpResults;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Errors;

namespace MndCare.Web.Infrastructure.Http;

/// <summary>Lost-update protection over HTTP: a record's version is its ETag, and an update must send it back in If-Match.</summary>
/// <remarks>RFC 9110 section 13.1.1 (If-Match, 412 when it does not match) and RFC 6585 section 3 (428 when an update comes without it).</remarks>
public static class Preconditions
{
    /// <summary>Sends a version as the response's strong ETag.</summary>
    public static void SetETag(HttpContext context, Guid version) => SetETag(context, version.ToString("N"));

    /// <summary>Sends a version, written as 32 hexadecimal digits, as the response's strong ETag.</summary>
    public static void SetETag(HttpContext context, string version)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.ETag = $"\"{version}\"";
    }

    /// <summary>The version the client read, from If-Match; otherwise the problem to answer (428 when missing, 412 when it holds no version).</summary>
    /// <param name="context">The request.</param>
    /// <param name="what">What is updated, for the message ("patient", "questionnaire").</param>
    /// <param name="version">The version sent.</param>
    /// <param name="problem">The problem to answer when there is no usable version.</param>
    public static bool TryGetIfMatch(HttpContext context, string what, out Guid version, out ProblemHttpResult? problem)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ifMatch = context.Request.Headers.IfMatch.ToString().Trim();
        problem = null;
        version = Guid.Empty;
        if (ifMatch.Length == 0)
        {
            problem = TypedResults.Problem(Problems.Create(context, StatusCodes.Status428PreconditionRequired, "Precondition required",
                $"Send If-Match with the ETag of the {what} you read, so that a change made meanwhile is not overwritten.", "preconditionRequired"));
            return false;
        }
        if (!Guid.TryParseExact(ifMatch.Trim('"'), "N", out version))
        {
            problem = TypedResults.Problem(Problems.Create(context, StatusCodes.Status412PreconditionFailed, "Precondition failed",
                $"If-Match does not hold a version of this {what}.", ConflictError.VersionMismatch));
            return false;
        }
        return true;
    }
}
