namespace MndCare.Domain.Infusions;

/// <summary>Whether a due reading was taken.</summary>
public enum CheckpointStatus
{
    /// <summary>A reading was taken within the tolerance of its due time (wire name <c>recorded</c>).</summary>
    Recorded,

    /// <summary>The tolerance window is open now and no reading is in it yet (wire name <c>due</c>).</summary>
    Due,

    /// <summary>The window has not opened yet (wire name <c>upcoming</c>).</summary>
    Upcoming,

    /// <summary>The window has closed without a reading: the reading is missing (wire name <c>overdue</c>).</summary>
    Overdue,
}
