namespace MndCare.Domain.Infusions;

/// <summary>Where an infusion stands.</summary>
/// <remarks>Stored by name; the names are part of the data and never renamed. Wire names: <see cref="InfusionWireNames"/>.</remarks>
public enum InfusionStatus
{
    /// <summary>Ordered by a clinician; nothing given yet.</summary>
    Ordered,

    /// <summary>The bedside identity check passed and the cells are running.</summary>
    InProgress,

    /// <summary>Given to the end.</summary>
    Completed,

    /// <summary>Stopped before the end (or cancelled before the start), with a reason.</summary>
    Stopped,
}
