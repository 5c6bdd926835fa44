namespace MndCare.Domain.Auditing;

/// <summary>The result of checking the audit chain: intact, or the first broken link and why.</summary>
/// <param name="EventsChecked">How many events were read before the answer was known.</param>
/// <param name="FirstBrokenSequence">Sequence of the first event that fails; null when intact.</param>
/// <param name="FirstBrokenId">Id of that event; null when intact.</param>
/// <param name="Reason">Why it fails; null when intact.</param>
public sealed record AuditChainVerification(long EventsChecked, long? FirstBrokenSequence, Guid? FirstBrokenId, string? Reason)
{
    /// <summary>True when every link holds.</summary>
    public bool IsIntact => FirstBrokenSequence is null;

    /// <summary>Every link holds.</summary>
    /// <param name="count">Events checked.</param>
    public static AuditChainVerification Intact(long count) => new(count, null, null, null);

    /// <summary>A broken link.</summary>
    /// <param name="checkedBefore">Events that were intact before this one.</param>
    /// <param name="sequence">The failing event's sequence.</param>
    /// <param name="id">The failing event's id.</param>
    /// <param name="reason">Why.</param>
    public static AuditChainVerification Broken(long checkedBefore, long sequence, Guid id, string reason) =>
        new(checkedBefore, sequence, id, reason);
}
