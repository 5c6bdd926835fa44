using System.Text.Json;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Web.Infrastructure.Errors;

namespace MndCare.Web.Infrastructure.Auditing;

/// <summary>Writes an audit event for audited requests that ended before their use case wrote one.</summary>
/// <remarks>Covers sign-in required (401), refused (403), rate-limited (429), malformed input (400) and server
/// errors, so that every access attempt to patient data leaves a trace (security test plan AU-02).</remarks>
public sealed class AuditMiddleware(RequestDelegate next)
{
    /// <summary>HttpContext item where authorization leaves its refusal (a redirect to sign-in is not an error status).</summary>
    public const string AuthorizationRefusalKey = "mndcare.audit.authorization-refusal";

    public async Task InvokeAsync(HttpContext context, AuditTrail audit, HttpActor actor)
    {
        // Set as the answer starts: the exception handler clears the headers of a failed request before it answers.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HttpActor.CorrelationHeader] = context.TraceIdentifier;
            return Task.CompletedTask;
        });
        var declaration = context.GetEndpoint()?.Metadata.GetMetadata<AuditedAttribute>();
        if (declaration is null)
        {
            await next(context);
            return;
        }
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            // The exception handler has not answered yet: record the status it will answer with.
            var answered = ExceptionHandler.StatusOf(exception);
            await RecordAsync(context, audit, actor, declaration, OutcomeOf(answered), answered);
            throw;
        }
        var refusal = context.Items.TryGetValue(AuthorizationRefusalKey, out var value) ? value as AuditOutcome? : null;
        var status = context.Response.StatusCode;
        if (audit.EventsWritten == 0 && (refusal is not null || status >= StatusCodes.Status400BadRequest))
        {
            await RecordAsync(context, audit, actor, declaration, refusal ?? OutcomeOf(status), status);
        }
    }

    private static async Task RecordAsync(HttpContext context, AuditTrail audit, HttpActor actor, AuditedAttribute declaration, AuditOutcome outcome,
        int status)
    {
        var entry = new AuditEntry(declaration.Action, outcome)
        {
            EntityType = declaration.EntityType,
            EntityId = context.GetRouteValue("id")?.ToString(),
            Details = JsonSerializer.Serialize(new { method = context.Request.Method, status }),
        };
        await audit.RecordAsync(await actor.GetAsync(CancellationToken.None), entry, CancellationToken.None);
    }

    private static AuditOutcome OutcomeOf(int status) => status switch
    {
        < 400 => AuditOutcome.Success,
        401 => AuditOutcome.Unauthenticated,
        403 or 429 => AuditOutcome.Denied,
        404 => AuditOutcome.NotFound,
        409 or 412 => AuditOutcome.Conflict,
        < 500 => AuditOutcome.Invalid,
        _ => AuditOutcome.Error,
    };
}
