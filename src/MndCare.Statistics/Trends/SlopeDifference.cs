namespace MndCare.Statistics.Trends;

/// <summary>The difference of two independently estimated slopes (after minus before) with its Welch–Satterthwaite interval.</summary>
/// <remarks>d = b₂ − b₁, SE = √(SE₁² + SE₂²), df = (SE₁² + SE₂²)² / (SE₁⁴/df₁ + SE₂⁴/df₂) (Satterthwaite FE. Biometrics Bulletin
/// 1946;2(6):110–114; Welch BL. Biometrika 1947;34:28–35); interval d ± t(1 − α/2, df)·SE. When both standard errors are 0
/// (two perfect lines) the interval is the point and df = df₁ + df₂. docs/outcomes/patient-outcome.md, ADR 0039.</remarks>
public sealed record SlopeDifference
{
    private SlopeDifference(double estimate, double standardError, double degreesOfFreedom)
    {
        Estimate = estimate;
        StandardError = standardError;
        DegreesOfFreedom = degreesOfFreedom;
    }

    /// <summary>d = after − before, in y units per x unit.</summary>
    public double Estimate { get; }

    /// <summary>√(SE₁² + SE₂²).</summary>
    public double StandardError { get; }

    /// <summary>The Welch–Satterthwaite degrees of freedom; not a whole number in general.</summary>
    public double DegreesOfFreedom { get; }

    /// <summary>The difference with its two-sided t interval.</summary>
    /// <param name="confidenceLevel">Strictly between 0 and 1; 0.95 by default.</param>
    public EstimateInterval Interval(double confidenceLevel = LeastSquaresLine.DefaultConfidenceLevel) =>
        LinearTrend.Around(Estimate, StandardError, DegreesOfFreedom, confidenceLevel);

    /// <summary>The slope of <paramref name="after"/> minus the slope of <paramref name="before"/>, the two fitted on separate points.</summary>
    /// <param name="before">The earlier period's line.</param>
    /// <param name="after">The later period's line, fitted on other points.</param>
    public static SlopeDifference Between(LinearTrend before, LinearTrend after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var v1 = before.SlopeStandardError * before.SlopeStandardError;
        var v2 = after.SlopeStandardError * after.SlopeStandardError;
        var variance = v1 + v2;
        var df = variance == 0
            ? before.DegreesOfFreedom + after.DegreesOfFreedom
            : variance * variance / ((v1 * v1 / before.DegreesOfFreedom) + (v2 * v2 / after.DegreesOfFreedom));
        return new SlopeDifference(after.Slope - before.Slope, Math.Sqrt(variance), df);
    }
}
