namespace MndCare.Domain.CellProducts;

/// <summary>One unit (bag or vial) of a lot: its code, where it stands and where it is stored.</summary>
public sealed class CellUnit
{
    private CellUnit()
    {
    }

    /// <summary>The unit's code (lot number, sequence, check character).</summary>
    public UnitCode Code { get; private set; }

    /// <summary>Where the unit stands in its chain of custody.</summary>
    public UnitStatus Status { get; internal set; }

    /// <summary>Where it is stored; null until recorded.</summary>
    public string? StorageLocation { get; internal set; }

    /// <summary>Whether the unit is spent (infused or discarded): a recall no longer blocks it.</summary>
    public bool IsFinal => Status is UnitStatus.Infused or UnitStatus.Discarded;

    internal static CellUnit Produced(UnitCode code) => new() { Code = code, Status = UnitStatus.Available };
}

/// <summary>Which hand-off each unit status allows, and the status it leads to.</summary>
/// <remarks>docs/therapy/cell-product.md, "Units": a thawed unit is never returned to storage, a blocked one may only be discarded,
/// and infused or discarded units are final. Blocking is done by a recall only.</remarks>
public static class UnitTransitions
{
    /// <summary>The status after <paramref name="kind"/> from <paramref name="status"/>; null when the hand-off is not allowed.</summary>
    /// <param name="status">The unit's status now.</param>
    /// <param name="kind">The hand-off.</param>
    public static UnitStatus? Next(UnitStatus status, CustodyEventKind kind) => (status, kind) switch
    {
        (UnitStatus.Available or UnitStatus.Returned, CustodyEventKind.Issued) => UnitStatus.Issued,
        (UnitStatus.Issued, CustodyEventKind.Received) => UnitStatus.Received,
        (UnitStatus.Received, CustodyEventKind.Thawed) => UnitStatus.Thawed,
        (UnitStatus.Thawed, CustodyEventKind.Infused) => UnitStatus.Infused,
        (UnitStatus.Issued or UnitStatus.Received, CustodyEventKind.Returned) => UnitStatus.Returned,
        (UnitStatus.Available or UnitStatus.Issued or UnitStatus.Received or UnitStatus.Thawed or UnitStatus.Returned or UnitStatus.Blocked,
            CustodyEventKind.Discarded) => UnitStatus.Discarded,
        _ => null,
    };

    /// <summary>Whether the hand-off puts the unit closer to a patient, so its lot must be usable on that day.</summary>
    /// <param name="kind">The hand-off.</param>
    public static bool NeedsUsableLot(CustodyEventKind kind) => kind is CustodyEventKind.Issued or CustodyEventKind.Received
        or CustodyEventKind.Thawed or CustodyEventKind.Infused;
}
