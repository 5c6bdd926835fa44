using MathNet.Numerics.Distributions;
using MndCare.Domain.Results;

namespace MndCare.Statistics.Intervals;

/// <summary>The exact (Clopper–Pearson) confidence interval for a binomial proportion, as R's <c>binom.test(x, n)$conf.int</c>.</summary>
/// <remarks>
/// Clopper CJ, Pearson ES. The use of confidence or fiducial limits illustrated in the case of the binomial.
/// Biometrika 1934;26(4):404–413. With α = 1 − level: lower = qbeta(α/2, x, n − x + 1) (0 when x = 0),
/// upper = qbeta(1 − α/2, x + 1, n − x) (1 when x = n), exactly as R's stats package
/// (src/library/stats/R/binom.test.R, functions p.L and p.U). docs/safety/statistics.md.
/// </remarks>
public static class ClopperPearson
{
    /// <summary>The confidence level used when none is given: 95%.</summary>
    public const double DefaultConfidenceLevel = 0.95;

    /// <summary>The error code when there are no trials, so there is no proportion to estimate.</summary>
    public const string NoTrials = "noTrials";

    /// <summary>The error code when more events than trials are given.</summary>
    public const string EventsExceedTrials = "eventsExceedTrials";

    /// <summary>The two-sided interval for <paramref name="events"/> in <paramref name="trials"/>.</summary>
    /// <param name="events">x, the number of events (here: patients with the event).</param>
    /// <param name="trials">n, the number of trials (here: patients exposed).</param>
    /// <param name="confidenceLevel">Strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The interval, or validation errors: <see cref="ValidationError.OutOfRange"/> for a negative count or a level outside (0, 1),
    /// <see cref="NoTrials"/> for n = 0 and <see cref="EventsExceedTrials"/> for x &gt; n.</returns>
    public static Result<ProportionInterval> Interval(int events, int trials, double confidenceLevel = DefaultConfidenceLevel)
    {
        var errors = Validate(events, trials, confidenceLevel);
        if (errors.Count > 0)
        {
            return Result<ProportionInterval>.Failure(errors);
        }
        var tail = (1 - confidenceLevel) / 2;
        var lower = events == 0 ? 0 : Beta.InvCDF(events, trials - events + 1, tail);
        var upper = events == trials ? 1 : Beta.InvCDF(events + 1, trials - events, 1 - tail);
        return new ProportionInterval(events, trials, (double)events / trials, lower, upper, confidenceLevel);
    }

    private static List<Error> Validate(int events, int trials, double confidenceLevel)
    {
        var errors = new List<Error>();
        if (events < 0)
        {
            errors.Add(new ValidationError("events", ValidationError.OutOfRange, "The number of events cannot be negative."));
        }
        if (trials < 0)
        {
            errors.Add(new ValidationError("trials", ValidationError.OutOfRange, "The number of trials cannot be negative."));
        }
        else if (trials == 0)
        {
            errors.Add(new ValidationError("trials", NoTrials, "With no trials there is no proportion and no interval."));
        }
        if (trials > 0 && events > trials)
        {
            errors.Add(new ValidationError("events", EventsExceedTrials, "There cannot be more events than trials."));
        }
        if (ConfidenceLevelError(confidenceLevel) is { } levelError)
        {
            errors.Add(levelError);
        }
        return errors;
    }

    /// <summary>The error for a confidence level that is not strictly between 0 and 1 (NaN included), or null when it is valid.</summary>
    /// <param name="confidenceLevel">The level to check.</param>
    public static ValidationError? ConfidenceLevelError(double confidenceLevel) =>
        confidenceLevel is > 0 and < 1
            ? null
            : new ValidationError("confidenceLevel", ValidationError.OutOfRange, "The confidence level must be strictly between 0 and 1.");
}
