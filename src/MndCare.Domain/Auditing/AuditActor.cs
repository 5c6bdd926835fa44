namespace MndCare.Domain.Auditing;

/// <summary>Who acted, as the audit trail records it.</summary>
/// <param name="UserId">The user; null for anonymous callers and the system.</param>
/// <param name="Name">The user's name at the time, "anonymous" or "system".</param>
/// <param name="Roles">The roles held, comma-separated.</param>
/// <param name="CorrelationId">The request's correlation id.</param>
/// <param name="ClientAddress">The client's network address.</param>
public sealed record AuditActor(Guid? UserId, string Name, string Roles, string? CorrelationId, string? ClientAddress)
{
    /// <summary>The system itself, for example a command-line job started by <paramref name="initiatedBy"/>.</summary>
    /// <param name="initiatedBy">What started the job (for example "cli: demo seed").</param>
    /// <param name="correlationId">An id tying the job's events together.</param>
    public static AuditActor System(string initiatedBy, string? correlationId) =>
        new(null, "system", "", correlationId, initiatedBy);

    /// <summary>A caller who is not signed in.</summary>
    /// <param name="correlationId">The request's correlation id.</param>
    /// <param name="clientAddress">The client's network address.</param>
    public static AuditActor Anonymous(string? correlationId, string? clientAddress) =>
        new(null, "anonymous", "", correlationId, clientAddress);
}
