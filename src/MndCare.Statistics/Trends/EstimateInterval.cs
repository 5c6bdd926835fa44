namespace MndCare.Statistics.Trends;

/// <summary>An estimate with its two-sided confidence or prediction interval and the level it was computed at.</summary>
/// <param name="Estimate">The point estimate.</param>
/// <param name="Lower">The lower limit.</param>
/// <param name="Upper">The upper limit.</param>
/// <param name="ConfidenceLevel">The level, strictly between 0 and 1 (0.95 for a 95% interval).</param>
public readonly record struct EstimateInterval(double Estimate, double Lower, double Upper, double ConfidenceLevel);
