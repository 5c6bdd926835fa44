using MndCare.Domain.Assessments;
using MndCare.Statistics.Trends;

namespace MndCare.Application.Outcomes.Patients;

/// <summary>The ALSFRS-R slope before and after a course, their difference, and the ranges natural history leads one to expect
/// after it; pure arithmetic on the visits (docs/outcomes/patient-outcome.md, ADR 0039).</summary>
/// <remarks>
/// Before = totals dated on or before the course's first day (the baseline visit included); after = totals dated later. Each
/// period is its own OLS line on months from the course start (Decision 1), with no onset anchor (no assumed 48 at onset), so
/// the two slopes are independent estimates and their difference uses Welch–Satterthwaite degrees of freedom
/// (<see cref="SlopeDifference"/>). Self-rated totals count, and are counted. The expected ranges are clamped to 0-48.
/// </remarks>
public static class OutcomeTrends
{
    /// <summary>Period name of visits on or before the course's first day.</summary>
    public const string BeforeCourse = "beforeCourse";

    /// <summary>Period name of visits after the course's first day.</summary>
    public const string AfterCourse = "afterCourse";

    /// <summary>Steps of each band's grid.</summary>
    public const int BandSteps = 48;

    /// <summary>The shortest span drawn after the course start, in months, when no visit lies later.</summary>
    public const double MinHorizonMonths = 3;

    /// <summary>The trend of <paramref name="points"/> around a course <paramref name="courseLengthMonths"/> long.</summary>
    /// <param name="points">The patient's visits, timed from the course start.</param>
    /// <param name="courseLengthMonths">Months from the course's first to its last day.</param>
    /// <param name="population">The population decline to compare with.</param>
    public static OutcomeTrend Analyse(IReadOnlyList<OutcomePoint> points, double courseLengthMonths, PopulationDecline population)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(population);
        var rated = points.Where(p => p.Total is not null).OrderBy(p => p.MonthsFromCourseStart).ToList();
        var before = rated.Where(p => p.Period == BeforeCourse).ToList();
        var after = rated.Where(p => p.Period == AfterCourse).ToList();
        var (beforeSummary, beforeLine) = Slope(BeforeCourse, before);
        var (afterSummary, afterLine) = Slope(AfterCourse, after);
        SlopeChange? change = null;
        if (beforeLine is not null && afterLine is not null)
        {
            var difference = SlopeDifference.Between(beforeLine, afterLine);
            change = new SlopeChange(difference.Interval(), difference.StandardError, difference.DegreesOfFreedom);
        }
        var horizon = Math.Max(MinHorizonMonths, Math.Max(courseLengthMonths, after.Count == 0 ? 0 : after[^1].MonthsFromCourseStart));
        var baseline = before.Count == 0 ? null : before[^1];
        IReadOnlyList<BandPoint> own = beforeLine is null ? [] : [.. Grid(0, horizon).Select(m => OwnTrend(beforeLine, m))];
        IReadOnlyList<BandPoint> populationBand = baseline is null
            ? []
            : [.. Grid(baseline.MonthsFromCourseStart, Math.Min(horizon, baseline.MonthsFromCourseStart + population.ValidMonths))
                .Select(m => Population(baseline, population, m))];
        IReadOnlyList<ExpectedAtVisit> expected = baseline is null
            ? []
            : [.. after.Select(p => new ExpectedAtVisit(p, beforeLine is null ? null : OwnTrend(beforeLine, p.MonthsFromCourseStart),
                Population(baseline, population, p.MonthsFromCourseStart)))];
        return new OutcomeTrend(beforeSummary, afterSummary, change, baseline, own, populationBand, population, expected);
    }

    private static (SlopeSummary Summary, LinearTrend? Line) Slope(string period, List<OutcomePoint> points)
    {
        var selfRated = points.Count(p => p.SelfRated);
        var fit = LeastSquaresLine.Fit([.. points.Select(p => p.MonthsFromCourseStart)], [.. points.Select(p => (double)p.Total!.Value)]);
        if (!fit.IsSuccess)
        {
            return (new SlopeSummary(period, points.Count, selfRated, null, null, null, null, fit.Errors[0].Code), null);
        }
        var line = fit.Value;
        return (new SlopeSummary(period, points.Count, selfRated, line.SlopeInterval(), line.Intercept, line.SlopeStandardError, line.DegreesOfFreedom, null),
            line);
    }

    private static BandPoint OwnTrend(LinearTrend line, double months)
    {
        var prediction = line.PredictionAt(months);
        return Clamped(months, prediction.Estimate, prediction.Lower, prediction.Upper);
    }

    // Declines from the baseline total at the population's mean, fastest and slowest rates.
    private static BandPoint Population(OutcomePoint baseline, PopulationDecline population, double months)
    {
        var elapsed = Math.Max(0, months - baseline.MonthsFromCourseStart);
        var total = baseline.Total!.Value;
        return Clamped(months, total - (population.MeanPerMonth * elapsed), total - (population.FastestPerMonth * elapsed),
            total - (population.SlowestPerMonth * elapsed));
    }

    private static BandPoint Clamped(double months, double expected, double lower, double upper) =>
        new(months, Clamp(expected), Clamp(lower), Clamp(upper));

    private static double Clamp(double total) => Math.Clamp(total, 0, AlsfrsR.MaxTotal);

    private static IEnumerable<double> Grid(double from, double to) =>
        Enumerable.Range(0, BandSteps + 1).Select(i => from + ((to - from) * i / BandSteps));
}
