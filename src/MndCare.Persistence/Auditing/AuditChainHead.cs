namespace MndCare.Persistence.Auditing;

/// <summary>The chain's single head row: the last sequence and hash. Locking it serializes appends.</summary>
public sealed class AuditChainHead
{
    /// <summary>The only row's id.</summary>
    public const int SingletonId = 1;

    public int Id { get; set; }

    public long LastSequence { get; set; }

    public string LastHash { get; set; } = string.Empty;
}
