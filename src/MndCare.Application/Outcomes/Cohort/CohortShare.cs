using MndCare.Statistics.Intervals;

namespace MndCare.Application.Outcomes.Cohort;

/// <summary>A count out of a denominator with its exact (Clopper–Pearson) 95% interval; the interval is null when the denominator is 0.</summary>
/// <param name="Count">Patients (or timepoints) counted.</param>
/// <param name="Of">The denominator.</param>
/// <param name="Interval">Count / Of with its exact interval, as R's <c>binom.test</c>; null when Of is 0.</param>
public sealed record CohortShare(int Count, int Of, ProportionInterval? Interval)
{
    /// <summary>The share with its interval.</summary>
    public static CohortShare From(int count, int of) =>
        new(count, of, of > 0 ? ClopperPearson.Interval(count, of).Value : null);
}
