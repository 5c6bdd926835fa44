namespace MndCare.Domain.Auditing;

/// <summary>Checks a stream of audit events one at a time, in sequence order, without holding them, and compares them with the
/// anchors recorded outside the database.</summary>
public sealed class AuditChainVerifier
{
    private readonly ILookup<long, AuditAnchor> _anchors;
    private readonly AuditAnchor? _lastAnchor;
    private string _expectedPrevious = AuditChain.GenesisHash;
    private long _expectedSequence = 1;

    /// <summary>A verifier without anchors: the chain is checked against itself only.</summary>
    public AuditChainVerifier()
        : this([])
    {
    }

    /// <summary>A verifier that also holds the chain to <paramref name="anchors"/>.</summary>
    /// <param name="anchors">Heads recorded earlier, in any order.</param>
    public AuditChainVerifier(IReadOnlyCollection<AuditAnchor> anchors)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        _anchors = anchors.ToLookup(a => a.Sequence);
        _lastAnchor = anchors.OrderByDescending(a => a.Sequence).FirstOrDefault();
    }

    /// <summary>Events that passed so far.</summary>
    public long EventsChecked { get; private set; }

    /// <summary>The hash of the last event that passed (the genesis hash before any).</summary>
    public string LastHash => _expectedPrevious;

    /// <summary>The sequence of the last event that passed (0 before any).</summary>
    public long LastSequence => _expectedSequence - 1;

    /// <summary>Checks the next event; returns the broken link, or null when it holds.</summary>
    /// <param name="record">The next event in sequence order.</param>
    public AuditChainVerification? Check(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Sequence != _expectedSequence)
        {
            return AuditChainVerification.Broken(EventsChecked, _expectedSequence, record.Id,
                $"sequence {_expectedSequence} is missing (found {record.Sequence}): an event was deleted or reordered");
        }
        if (!string.Equals(record.PreviousHash, _expectedPrevious, StringComparison.Ordinal))
        {
            return AuditChainVerification.Broken(EventsChecked, record.Sequence, record.Id,
                "its previous hash does not match the event before it: an earlier event was changed, removed or inserted");
        }
        if (!string.Equals(AuditChain.ComputeHash(record), record.Hash, StringComparison.Ordinal))
        {
            return AuditChainVerification.Broken(EventsChecked, record.Sequence, record.Id,
                "its content does not match its hash: the event was changed");
        }
        if (_anchors[record.Sequence].FirstOrDefault(a => !string.Equals(a.Hash, record.Hash, StringComparison.Ordinal)) is { } differs)
        {
            return AuditChainVerification.Broken(EventsChecked, record.Sequence, record.Id,
                $"its hash differs from {differs.Describe()}: the chain was rewritten");
        }
        _expectedPrevious = record.Hash;
        _expectedSequence = checked(_expectedSequence + 1);
        EventsChecked++;
        return null;
    }

    /// <summary>After the last event: whether an anchor names an event beyond it (the tail was removed and the head rewound).</summary>
    /// <returns>The broken link, or null when every anchor was reached.</returns>
    public AuditChainVerification? CheckAnchorsReached() =>
        _lastAnchor is { } last && last.Sequence > LastSequence
            ? AuditChainVerification.Broken(EventsChecked, LastSequence + 1, Guid.Empty,
                $"{last.Describe()} names an event beyond the last one ({LastSequence}): events at the end were removed and the chain head rewound")
            : null;
}
