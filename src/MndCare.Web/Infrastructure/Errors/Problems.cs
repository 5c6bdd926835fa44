using Microsoft.AspNetCore.Mvc;

namespace MndCare.Web.Infrastructure.Errors;

/// <summary>Writes RFC 9457 problem details with the request's correlation id and a stable error code.</summary>
public static class Problems
{
    public static ProblemDetails Create(HttpContext context, int status, string title, string? detail, string? code)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (code is not null)
        {
            problem.Extensions["code"] = code;
        }
        return problem;
    }

    public static async Task WriteAsync(HttpContext context, int status, string title, string? detail, string? code)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = Create(context, status, title, detail, code) });
    }
}
