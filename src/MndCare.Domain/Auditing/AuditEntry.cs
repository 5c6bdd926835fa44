namespace MndCare.Domain.Auditing;

/// <summary>An audit event before it is placed in the chain (no sequence, no hashes yet).</summary>
/// <param name="Action">What was done, dotted lower case.</param>
/// <param name="Outcome">How it ended.</param>
public sealed record AuditEntry(string Action, AuditOutcome Outcome)
{
    /// <summary>The clinic whose data was touched.</summary>
    public Guid? ClinicId { get; init; }

    /// <summary>The kind of record touched.</summary>
    public string? EntityType { get; init; }

    /// <summary>The record touched.</summary>
    public string? EntityId { get; init; }

    /// <summary>Field-level changes.</summary>
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];

    /// <summary>The reason given.</summary>
    public string? Reason { get; init; }

    /// <summary>Further facts as compact JSON.</summary>
    public string? Details { get; init; }
}
