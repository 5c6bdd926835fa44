namespace MndCare.Domain.Tcm.Visits;

/// <summary>A point needled in a session and on which side.</summary>
/// <param name="Code">The WHO code from the shipped catalogue (ST36).</param>
/// <param name="Side">The side.</param>
public sealed record NeedledPoint(string Code, AcupointSide Side);
