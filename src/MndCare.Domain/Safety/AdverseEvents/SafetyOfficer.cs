namespace MndCare.Domain.Safety.AdverseEvents;

/// <summary>A clinician the administrator named the clinic's safety officer: notified at once of serious events, keeps the clocks.</summary>
/// <param name="Id">The record id (UUIDv7).</param>
/// <param name="ClinicId">The clinic.</param>
/// <param name="UserId">The clinician.</param>
/// <param name="DesignatedAtUtc">When.</param>
public sealed record SafetyOfficer(Guid Id, Guid ClinicId, Guid UserId, DateTime DesignatedAtUtc);

/// <summary>An in-application notice to a safety officer that an event became serious.</summary>
/// <param name="Id">The record id (UUIDv7).</param>
/// <param name="ClinicId">The clinic.</param>
/// <param name="UserId">The safety officer.</param>
/// <param name="AdverseEventId">The event.</param>
/// <param name="CreatedAtUtc">When.</param>
public sealed record SafetyNotification(Guid Id, Guid ClinicId, Guid UserId, Guid AdverseEventId, DateTime CreatedAtUtc)
{
    /// <summary>When the officer opened it; null while unread.</summary>
    public DateTime? ReadAtUtc { get; private set; }

    /// <summary>Marks it read at <paramref name="now"/> (once).</summary>
    /// <param name="now">The injected clock's time.</param>
    public void MarkRead(DateTimeOffset now) => ReadAtUtc ??= now.UtcDateTime;
}
