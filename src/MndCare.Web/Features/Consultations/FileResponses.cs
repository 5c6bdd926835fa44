using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using MndCare.Application.Consultations;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Errors;

namespace MndCare.Web.Features.Consultations;

/// <summary>Sends a verified file: server-decided type, attachment unless viewing is safe, never sniffed, never cached.</summary>
/// <remarks>Security test plan UP-02/UP-03: RFC 6266 file name (with filename*), nosniff, a sandboxing CSP and no-store.</remarks>
public static class FileResponses
{
    /// <summary>Types the browser may show in place (they were checked at upload; PDFs with scripts never get in).</summary>
    private static readonly HashSet<string> Viewable = new(StringComparer.Ordinal) { "application/pdf", "image/jpeg", "image/png" };

    public static IActionResult From(HttpContext context, Result<FileDownload> result, bool inline)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!result.IsSuccess)
        {
            var error = result.Errors[0];
            return error is NotFoundError ? new NotFoundResult() : new ObjectResult(new { code = error.Code }) { StatusCode = ErrorMapping.StatusOf(error) };
        }
        var file = result.Value;
        Apply(context.Response.Headers);
        var disposition = new ContentDispositionHeaderValue(inline && Viewable.Contains(file.ContentType) ? "inline" : "attachment");
        disposition.SetHttpFileName(file.FileName);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        return new FileContentResult(file.Content, file.ContentType);
    }

    /// <summary>The headers every file response carries.</summary>
    public static void Apply(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "sandbox; default-src 'none';";
        headers.CacheControl = "no-store";
    }
}
