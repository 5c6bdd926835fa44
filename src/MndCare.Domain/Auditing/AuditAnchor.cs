namespace MndCare.Domain.Auditing;

/// <summary>The chain head as recorded outside the database: event <see cref="Sequence"/> had <see cref="Hash"/> at
/// <see cref="RecordedAtUtc"/>.</summary>
/// <remarks>An anchor kept where the database's administrator cannot rewrite it finds what the chain alone cannot: a tail
/// deleted together with a rewound head row, or a whole chain rewritten with fresh hashes
/// (docs/adr/0021-audit-chain-anchored-outside-the-database.md).</remarks>
/// <param name="Sequence">The last event's sequence when recorded.</param>
/// <param name="Hash">That event's hash.</param>
/// <param name="RecordedAtUtc">When the anchor was recorded (UTC).</param>
/// <param name="Source">What recorded it (the command, the auditor's check or the scheduled checkpoint).</param>
public sealed record AuditAnchor(long Sequence, string Hash, DateTime RecordedAtUtc, string Source)
{
    /// <summary>How verification names the anchor to the reader.</summary>
    public string Describe() =>
        $"the anchor recorded at {RecordedAtUtc.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)} UTC by {Source} (event {Sequence}, hash {Hash[..Math.Min(12, Hash.Length)]}…)";
}
