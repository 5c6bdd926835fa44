using MndCare.Domain.Results;

namespace MndCare.Statistics.Trends;

/// <summary>Fits a straight line by ordinary least squares, as R's <c>lm(y ~ x)</c>.</summary>
/// <remarks>Two passes: the means first, then Sxx and Sxy from centred values and the residual sum of squares from the
/// residuals themselves, so large x (months since a date decades ago) lose no precision to cancellation, unlike the
/// textbook Σx², (Σx)² sums (Higham NJ. Accuracy and Stability of Numerical Algorithms, 2nd ed. SIAM 2002, section 1.9).
/// docs/outcomes/patient-outcome.md.</remarks>
public static class LeastSquaresLine
{
    /// <summary>The confidence level used when none is given: 95%.</summary>
    public const double DefaultConfidenceLevel = 0.95;

    /// <summary>Fewest points for a slope with an interval: two points fix a line and leave no residual degree of freedom.</summary>
    public const int MinPoints = 3;

    /// <summary>The error code when fewer than <see cref="MinPoints"/> points are given.</summary>
    public const string TooFewPoints = "tooFewPoints";

    /// <summary>The error code when every x is the same, so no slope exists.</summary>
    public const string NoSpreadInX = "noSpreadInX";

    /// <summary>The line through (<paramref name="x"/>, <paramref name="y"/>).</summary>
    /// <param name="x">Finite x values (for example months since a course started).</param>
    /// <param name="y">Finite y values, as many as <paramref name="x"/>.</param>
    /// <returns>The fit, or a <see cref="ValidationError"/> <see cref="TooFewPoints"/> or <see cref="NoSpreadInX"/>.</returns>
    public static Result<LinearTrend> Fit(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException("x and y must have the same length.", nameof(y));
        }
        if (x.Any(v => !double.IsFinite(v)) || y.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every x and y must be a finite number.", nameof(x));
        }
        var n = x.Count;
        if (n < MinPoints)
        {
            return new ValidationError("points", TooFewPoints, $"A slope with an interval needs at least {MinPoints} points; {n} given.");
        }
        var meanX = x.Average();
        var meanY = y.Average();
        double sxx = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = x[i] - meanX;
            sxx += dx * dx;
            sxy += dx * (y[i] - meanY);
        }
        if (sxx == 0)
        {
            return new ValidationError("points", NoSpreadInX, "Every point has the same x, so there is no slope.");
        }
        var slope = sxy / sxx;
        double rss = 0;
        for (var i = 0; i < n; i++)
        {
            var residual = y[i] - meanY - (slope * (x[i] - meanX));
            rss += residual * residual;
        }
        return new LinearTrend(n, meanX, meanY, sxx, slope, rss);
    }
}
