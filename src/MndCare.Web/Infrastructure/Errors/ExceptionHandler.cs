using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace MndCare.Web.Infrastructure.Errors;

/// <summary>Turns exceptions into problem details without leaking internals (security test plan HC-02).</summary>
public sealed class ExceptionHandler(ILogger<ExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is BadHttpRequestException bad)
        {
            var status = StatusOf(bad);
            var (code, detail) = status switch
            {
                StatusCodes.Status413PayloadTooLarge => ("payloadTooLarge", "The request body is larger than this endpoint accepts."),
                StatusCodes.Status415UnsupportedMediaType => ("unsupportedMediaType", "Send the body as JSON (Content-Type: application/json)."),
                _ => ("invalidJson", bad.InnerException is JsonException json ? DescribeJsonError(json) : "The request could not be read."),
            };
            await Problems.WriteAsync(httpContext, status, "Bad request", detail, code);
            return true;
        }
        // Exception details go to the log, never to the client; the log carries no request body.
        logger.LogError(exception, "Unhandled exception for {Method} {Endpoint}", httpContext.Request.Method,
            httpContext.GetEndpoint()?.DisplayName);
        if (!ApiPaths.IsApi(httpContext.Request.Path))
        {
            httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
            httpContext.Response.ContentType = "text/html; charset=utf-8";
            await httpContext.Response.WriteAsync(
                "<!DOCTYPE html><html><head><title>MndCare</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main>" +
                "<h1>Something went wrong</h1><p>Quote this correlation id when you report it: " +
                System.Net.WebUtility.HtmlEncode(httpContext.TraceIdentifier) + "</p><p><a href=\"/\">MndCare</a></p></main></body></html>",
                cancellationToken);
            return true;
        }
        await Problems.WriteAsync(httpContext, StatusCodes.Status500InternalServerError, "Server error",
            "The server could not complete the request. Quote the correlation id when you report it.", "serverError");
        return true;
    }

    /// <summary>The status an exception is answered with: a malformed request keeps its own 4xx; anything else is 500.</summary>
    /// <remarks>The audit middleware records the same status for a request that ended in an exception.</remarks>
    public static int StatusOf(Exception exception) =>
        exception is BadHttpRequestException { StatusCode: >= 400 and < 500 } bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;

    private static string DescribeJsonError(JsonException json)
    {
        var path = string.IsNullOrEmpty(json.Path) ? "$" : json.Path;
        var message = json.Message;
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return $"Unknown property at {path}.";
        }
        if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return $"Duplicate property at {path}.";
        }
        return $"Invalid JSON at {path}: a value has the wrong type or the document is malformed.";
    }
}
