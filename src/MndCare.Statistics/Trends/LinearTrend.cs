using MathNet.Numerics.Distributions;

namespace MndCare.Statistics.Trends;

/// <summary>An ordinary least-squares line y = a + b·x with its t-based intervals, as R's <c>lm(y ~ x)</c>.</summary>
/// <remarks>
/// Slope interval b ± t(1 − α/2, n − 2)·SE(b) with SE(b) = s/√Sxx, as R's <c>confint</c>; prediction interval at x₀
/// ŷ(x₀) ± t(1 − α/2, n − 2)·s·√(1 + 1/n + (x₀ − x̄)²/Sxx), as R's <c>predict(fit, interval = "prediction")</c>
/// (Draper NR, Smith H. Applied Regression Analysis, 3rd ed. Wiley 1998, sections 1.4 and 3.1). Made by
/// <see cref="LeastSquaresLine.Fit"/>; docs/outcomes/patient-outcome.md.
/// </remarks>
public sealed record LinearTrend
{
    internal LinearTrend(int count, double meanX, double meanY, double sumSquaresX, double slope, double residualSumOfSquares)
    {
        Count = count;
        MeanX = meanX;
        MeanY = meanY;
        SumSquaresX = sumSquaresX;
        Slope = slope;
        ResidualSumOfSquares = residualSumOfSquares;
    }

    /// <summary>n, the number of points.</summary>
    public int Count { get; }

    /// <summary>x̄, the mean of x.</summary>
    public double MeanX { get; }

    /// <summary>ȳ, the mean of y.</summary>
    public double MeanY { get; }

    /// <summary>Sxx = Σ(x − x̄)², above 0.</summary>
    public double SumSquaresX { get; }

    /// <summary>b, the change in y per unit of x.</summary>
    public double Slope { get; }

    /// <summary>a = ȳ − b·x̄, the fitted y at x = 0.</summary>
    public double Intercept => MeanY - (Slope * MeanX);

    /// <summary>Σ(y − ŷ)², from the residuals themselves.</summary>
    public double ResidualSumOfSquares { get; }

    /// <summary>n − 2, the residual degrees of freedom.</summary>
    public int DegreesOfFreedom => Count - 2;

    /// <summary>s = √(RSS / (n − 2)), the residual standard error (R's <c>sigma</c>).</summary>
    public double ResidualStandardError => Math.Sqrt(ResidualSumOfSquares / DegreesOfFreedom);

    /// <summary>SE(b) = s / √Sxx.</summary>
    public double SlopeStandardError => ResidualStandardError / Math.Sqrt(SumSquaresX);

    /// <summary>The fitted y at <paramref name="x"/>.</summary>
    /// <param name="x">Any finite x.</param>
    public double FittedAt(double x) => MeanY + (Slope * (x - MeanX));

    /// <summary>The slope with its two-sided t interval, as R's <c>confint(fit, "x", level)</c>.</summary>
    /// <param name="confidenceLevel">Strictly between 0 and 1; 0.95 by default.</param>
    public EstimateInterval SlopeInterval(double confidenceLevel = LeastSquaresLine.DefaultConfidenceLevel) =>
        Around(Slope, SlopeStandardError, DegreesOfFreedom, confidenceLevel);

    /// <summary>The fitted y at <paramref name="x"/> with the interval that holds a new observation there, as R's
    /// <c>predict(fit, data.frame(x = x), interval = "prediction", level)</c>.</summary>
    /// <param name="x">Any finite x; the interval widens away from x̄.</param>
    /// <param name="confidenceLevel">Strictly between 0 and 1; 0.95 by default.</param>
    public EstimateInterval PredictionAt(double x, double confidenceLevel = LeastSquaresLine.DefaultConfidenceLevel)
    {
        var distance = x - MeanX;
        var standardError = ResidualStandardError * Math.Sqrt(1 + (1.0 / Count) + (distance * distance / SumSquaresX));
        return Around(FittedAt(x), standardError, DegreesOfFreedom, confidenceLevel);
    }

    /// <summary>estimate ± t(1 − α/2, df)·SE; df need not be whole (Welch–Satterthwaite).</summary>
    internal static EstimateInterval Around(double estimate, double standardError, double degreesOfFreedom, double confidenceLevel)
    {
        if (!(confidenceLevel is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must be strictly between 0 and 1.");
        }
        var half = StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - ((1 - confidenceLevel) / 2)) * standardError;
        return new EstimateInterval(estimate, estimate - half, estimate + half, confidenceLevel);
    }
}
