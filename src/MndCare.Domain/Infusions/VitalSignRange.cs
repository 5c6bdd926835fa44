namespace MndCare.Domain.Infusions;

/// <summary>A normal range of a vital sign, limits included; a value outside it is flagged.</summary>
/// <param name="Low">The lowest normal value.</param>
/// <param name="High">The highest normal value.</param>
public readonly record struct VitalSignRange(int Low, int High)
{
    /// <summary>Whether <paramref name="value"/> is below, within or above the range.</summary>
    /// <param name="value">A reading.</param>
    public VitalSignDirection? Judge(int value) => value < Low ? VitalSignDirection.Low : value > High ? VitalSignDirection.High : null;
}
