namespace MndCare.Web.Infrastructure.Errors;

/// <summary>An /api path that matches no endpoint answers 404 problem details, for every caller and method.</summary>
/// <remarks>Without it the fallback authorization policy would send the caller to the sign-in page: an API client
/// would get a redirect, and a signed-in one (bearer token) would too, since pages authenticate with the cookie.</remarks>
public sealed class UnmatchedApiPathMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ApiPaths.IsApi(context.Request.Path))
        {
            return next(context);
        }
        var endpoint = context.GetEndpoint();
        if (endpoint is null)
        {
            return Problems.WriteAsync(context, StatusCodes.Status404NotFound, "Not found", "No API endpoint has this path.", "notFound");
        }
        // The router's own answers to a known path with another method (405 with Allow) or body type (415) carry no metadata,
        // reach no endpoint and reveal nothing the API description does not: they need no sign-in, and have nothing to audit.
        return endpoint.Metadata.Count == 0 && endpoint.RequestDelegate is { } methodNotAllowed ? methodNotAllowed(context) : next(context);
    }
}
