namespace MndCare.Domain.Auditing;

/// <summary>One append-only audit event, chained to the one before it by <see cref="Hash"/>.</summary>
/// <remarks>
/// Content follows 21 CFR 11.10(e) (who, when, what, old and new values, why) and HIPAA 45 CFR 164.312(b);
/// the chain follows the MndCare security test plan AU-04: Hash = SHA-256(PreviousHash ‖ canonical JSON of the
/// event). Times are UTC, truncated to whole microseconds so every database stores them exactly.
/// </remarks>
public sealed record AuditRecord
{
    /// <summary>Position in the chain, 1 for the first event.</summary>
    public required long Sequence { get; init; }

    /// <summary>The event id (UUIDv7).</summary>
    public required Guid Id { get; init; }

    /// <summary>When it happened, UTC, whole microseconds.</summary>
    public required DateTime OccurredAtUtc { get; init; }

    /// <summary>The acting user; null for anonymous callers and the system.</summary>
    public Guid? ActorUserId { get; init; }

    /// <summary>The actor's name at the time ("anonymous" or "system" when there is no user).</summary>
    public required string ActorName { get; init; }

    /// <summary>The actor's role(s) at the time, comma-separated; empty when none.</summary>
    public required string ActorRole { get; init; }

    /// <summary>The clinic whose data was touched; null when none.</summary>
    public Guid? ClinicId { get; init; }

    /// <summary>What was done, dotted lower case (for example patient.read).</summary>
    public required string Action { get; init; }

    /// <summary>How it ended.</summary>
    public required AuditOutcome Outcome { get; init; }

    /// <summary>The kind of record touched; null when none.</summary>
    public string? EntityType { get; init; }

    /// <summary>The record touched; null when none.</summary>
    public string? EntityId { get; init; }

    /// <summary>Field-level changes, in field order; empty for reads.</summary>
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];

    /// <summary>The reason given for the action, where one is required.</summary>
    public string? Reason { get; init; }

    /// <summary>Further facts as compact JSON (for example a search's query and the ids it returned).</summary>
    public string? Details { get; init; }

    /// <summary>The request's correlation id.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The client's network address as seen by the server.</summary>
    public string? ClientAddress { get; init; }

    /// <summary>The previous event's hash; <see cref="AuditChain.GenesisHash"/> for the first.</summary>
    public required string PreviousHash { get; init; }

    /// <summary>SHA-256 over <see cref="PreviousHash"/> and this event's canonical JSON, lower-case hex.</summary>
    public required string Hash { get; init; }
}
