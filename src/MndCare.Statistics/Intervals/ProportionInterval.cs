namespace MndCare.Statistics.Intervals;

/// <summary>An observed proportion of events among trials, with a two-sided confidence interval.</summary>
/// <param name="Events">The number of events (x), 0 ≤ x ≤ n.</param>
/// <param name="Trials">The number of trials (n), at least 1.</param>
/// <param name="Estimate">x / n.</param>
/// <param name="Lower">The lower confidence limit; 0 when x = 0.</param>
/// <param name="Upper">The upper confidence limit; 1 when x = n.</param>
/// <param name="ConfidenceLevel">The confidence level, e.g. 0.95.</param>
public sealed record ProportionInterval(int Events, int Trials, double Estimate, double Lower, double Upper, double ConfidenceLevel);
