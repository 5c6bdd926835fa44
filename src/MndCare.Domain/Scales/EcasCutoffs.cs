namespace MndCare.Domain.Scales;

/// <summary>ECAS abnormality cut-offs of one normative set; a score at or below a cut-off is abnormal.</summary>
/// <remarks>Defaults: Abrahams 2014 healthy-control cut-offs 77/100 ALS-specific, 24/36 non-specific, 105/136 total
/// [S]; "at or below" is [R] (docs/instruments/other-scales.md).</remarks>
/// <param name="AlsSpecific">ALS-specific cut-off.</param>
/// <param name="AlsNonSpecific">Non-specific cut-off.</param>
/// <param name="Total">Total cut-off.</param>
public sealed record EcasCutoffs(int AlsSpecific, int AlsNonSpecific, int Total)
{
    /// <summary>Abrahams 2014's cut-offs.</summary>
    public static EcasCutoffs Abrahams2014 { get; } = new(77, 24, 105);

    /// <summary>Which of the three scores are abnormal under these cut-offs.</summary>
    /// <param name="score">The scores.</param>
    public (bool AlsSpecific, bool AlsNonSpecific, bool Total) Abnormal(EcasScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return (score.AlsSpecific <= AlsSpecific, score.AlsNonSpecific <= AlsNonSpecific, score.Total <= Total);
    }
}
