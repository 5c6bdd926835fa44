namespace MndCare.Domain.Auditing;

/// <summary>Checks a stream of audit events one at a time, in sequence order, without holding them.</summary>
public sealed class AuditChainVerifier
{
    private string _expectedPrevious = AuditChain.GenesisHash;
    private long _expectedSequence = 1;

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
        _expectedPrevious = record.Hash;
        _expectedSequence = checked(_expectedSequence + 1);
        EventsChecked++;
        return null;
    }
}
