namespace MndCare.Web.Infrastructure.Auditing;

/// <summary>Endpoint metadata: how an endpoint is audited. Every endpoint must carry one (a test enforces it).</summary>
/// <remarks>Like the Microsoft FHIR server's AuditEventType attribute. An audited endpoint's use case writes its
/// own events; when a request ends before any was written (sign-in required, refused, rate-limited, malformed), the
/// audit middleware writes one for <see cref="Action"/> with the outcome.</remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public abstract class AuditDeclarationAttribute : Attribute;

/// <summary>The endpoint reads or changes audited data; <see cref="Action"/> names it in the trail.</summary>
public sealed class AuditedAttribute(string action, string? entityType = null) : AuditDeclarationAttribute
{
    public string Action { get; } = action;

    public string? EntityType { get; } = entityType;
}

/// <summary>The endpoint touches no patient data and changes nothing audited; <see cref="Reason"/> says why.</summary>
public sealed class NotAuditedAttribute(string reason) : AuditDeclarationAttribute
{
    public string Reason { get; } = reason;
}

/// <summary>Declares audit behaviour on minimal-API endpoints.</summary>
public static class AuditEndpointConventions
{
    public static TBuilder Audited<TBuilder>(this TBuilder builder, string action, string? entityType = null)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new AuditedAttribute(action, entityType));

    public static TBuilder NotAudited<TBuilder>(this TBuilder builder, string reason)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new NotAuditedAttribute(reason));
}
