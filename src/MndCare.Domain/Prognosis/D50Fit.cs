namespace MndCare.Domain.Prognosis;

/// <summary>A patient's fitted D50 sigmoid ALSFRS-R(t) = 48 / (1 + exp((t − D50) / dx)), t in months since onset.</summary>
/// <remarks>D50 model of the Jena group (ENCALS 2017 abstract P 48; Steinbach et al. NeuroImage Clin 2020;25:102094)
/// [S]; see docs/instruments/d50.md and <see cref="D50Model"/>.</remarks>
public sealed record D50Fit
{
    /// <summary>rD50 at which Phase I (early progressive) starts [R, docs/instruments/d50.md].</summary>
    public const double PhaseIFromRelativeD50 = 0.25;

    /// <summary>rD50 at which Phase II (late progressive) starts [R, docs/instruments/d50.md].</summary>
    public const double PhaseIIFromRelativeD50 = 0.5;

    internal D50Fit(double d50Months, double dxMonths, double residualSumOfSquares, bool anchorUsed)
    {
        D50Months = d50Months;
        DxMonths = dxMonths;
        ResidualSumOfSquares = residualSumOfSquares;
        AnchorUsed = anchorUsed;
    }

    /// <summary>Months from onset until the ALSFRS-R falls to 24 (half of 48): overall disease aggressiveness.</summary>
    public double D50Months { get; }

    /// <summary>Time constant of the sigmoid, in months; the steepest slope, at t = D50, is −12/dx points per month.</summary>
    public double DxMonths { get; }

    /// <summary>Sum of squared residuals at the optimum, in points², including the onset anchor when it was used.</summary>
    public double ResidualSumOfSquares { get; }

    /// <summary>True when the onset anchor (t = 0, ALSFRS-R 48) was added to the visits [R].</summary>
    public bool AnchorUsed { get; }

    /// <summary>The model's ALSFRS-R at <paramref name="monthsSinceOnset"/> (the calculated functional state, cFS).</summary>
    /// <param name="monthsSinceOnset">Months since symptom onset.</param>
    public double Predict(double monthsSinceOnset) => D50Model.Predict(D50Months, DxMonths, monthsSinceOnset);

    /// <summary>The model's rate of change at <paramref name="monthsSinceOnset"/>, in points per month (negative: loss).</summary>
    /// <param name="monthsSinceOnset">Months since symptom onset.</param>
    public double Slope(double monthsSinceOnset) => D50Model.Slope(D50Months, DxMonths, monthsSinceOnset);

    /// <summary>The relative D50: rD50 = disease duration / D50 [R].</summary>
    /// <param name="diseaseDurationMonths">Months from symptom onset to the time of interest, 0 or more.</param>
    public double RelativeD50(double diseaseDurationMonths)
    {
        if (!(diseaseDurationMonths >= 0 && double.IsFinite(diseaseDurationMonths)))
        {
            throw new ArgumentOutOfRangeException(nameof(diseaseDurationMonths), diseaseDurationMonths, "The disease duration must be finite and not negative.");
        }
        return diseaseDurationMonths / D50Months;
    }

    /// <summary>The disease phase for a relative D50: below 0.25 Phase 0, below 0.5 Phase I, otherwise Phase II [R].</summary>
    /// <param name="rd50">The relative D50, 0 or more.</param>
    public static D50Phase Phase(double rd50) => rd50 switch
    {
        < 0 or double.NaN => throw new ArgumentOutOfRangeException(nameof(rd50), rd50, "The relative D50 must be a number, 0 or more."),
        < PhaseIFromRelativeD50 => D50Phase.Phase0,
        < PhaseIIFromRelativeD50 => D50Phase.PhaseI,
        _ => D50Phase.PhaseII,
    };
}
