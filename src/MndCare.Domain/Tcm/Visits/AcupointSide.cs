namespace MndCare.Domain.Tcm.Visits;

/// <summary>Where a point was needled: one side, both, or the midline (Governor and Conception Vessel points).</summary>
/// <remarks>WHO 2008: GV and CV points are single midline points; points of the 12 regular meridians are paired.</remarks>
public enum AcupointSide
{
    /// <summary>The left side.</summary>
    Left,

    /// <summary>The right side.</summary>
    Right,

    /// <summary>Both sides.</summary>
    Bilateral,

    /// <summary>The midline (GV, CV).</summary>
    Midline,
}
