using MndCare.Application.Outcomes.Patients;

namespace MndCare.Application.Tests.Outcomes;

// docs/outcomes/patient-outcome.md: the slopes, their difference and the expected ranges of the outcome page.
public sealed class OutcomeTrendsTests
{
    private const double Tolerance = 1e-9;

    // eng/r/trends.R's sets A (before the course, ending on its first day) and B (after it); visit 2 after the course is self-rated.
    private static readonly (double Months, int Total)[] Before = [(-12.1, 41), (-9.0, 40), (-6.2, 38), (-2.9, 38), (0, 36)];
    private static readonly (double Months, int Total)[] After = [(0.9, 36), (3.0, 35), (6.1, 35), (12.2, 33)];

    private static List<OutcomePoint> Points() =>
    [
        .. Before.Select(v => Point(v.Months, v.Total, OutcomeTrends.BeforeCourse, selfRated: false)),
        .. After.Select((v, i) => Point(v.Months, v.Total, OutcomeTrends.AfterCourse, selfRated: i == 1)),
        Point(1.5, null, OutcomeTrends.AfterCourse, selfRated: false), // an FVC-only visit: no total, not counted
    ];

    private static OutcomePoint Point(double months, int? total, string period, bool selfRated) =>
        new(Guid.CreateVersion7(), new DateOnly(2026, 1, 1), months, period, selfRated, total, null, null, null, null, null, null);

    private static void Near(double expected, double? actual) =>
        Assert.True(Math.Abs(expected - actual!.Value) <= Tolerance * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");

    // Source: R 4.2.2 lm/confint on sets A and B and the Welch difference (eng/r/trends.R), as in TrendReferenceTests.
    [Fact]
    public void Slopes_AndTheirDifference_AreRs()
    {
        var trend = OutcomeTrends.Analyse(Points(), 0.7, PopulationDecline.PrecisionAls);

        Assert.Equal((5, 0, 3), (trend.Before.Count, trend.Before.SelfRatedCount, trend.Before.DegreesOfFreedom));
        Near(-0.39389452597657099, trend.Before.Slope?.Estimate);
        Near(-0.58064661493127123, trend.Before.Slope?.Lower);
        Near(-0.2071424370218708, trend.Before.Slope?.Upper);
        Near(36.220877063101504, trend.Before.Intercept);
        Assert.Equal((4, 1), (trend.After.Count, trend.After.SelfRatedCount));
        Near(-0.24707501720578082, trend.After.Slope?.Estimate);
        Near(-0.44741200390181013, trend.After.Slope?.Lower);
        Near(-0.046738030509751533, trend.After.Slope?.Upper);
        Near(0.14681950877079017, trend.Change?.Difference.Estimate);
        Near(4.9961153191850087, trend.Change?.DegreesOfFreedom);
        Near(-0.045788039266067865, trend.Change?.Difference.Lower);
        Near(0.33942705680764818, trend.Change?.Difference.Upper);
    }

    // Own trend: R's predict(interval = "prediction") of set A at each later visit (eng/r/trends.R). Population: from the baseline
    // total 36 at month 0, 36 − 0.89·t with 36 − 1.96·t to 36 − 0.04·t (PRECISION-ALS [S68]) [D]: at 12.2 months 25.142, 12.088, 35.512.
    [Fact]
    public void ExpectedRanges_AtEachLaterVisit()
    {
        var trend = OutcomeTrends.Analyse(Points(), 0.7, PopulationDecline.PrecisionAls);

        Assert.Equal(36, trend.Baseline?.Total);
        Assert.Equal(4, trend.AfterVisits.Count);
        var first = trend.AfterVisits[0].OwnTrend!;
        Near(35.866371989722587, first.Expected);
        Near(33.516068941291053, first.Lower);
        Near(38.216675038154122, first.Upper);
        var last = trend.AfterVisits[^1];
        Near(27.485042011845529, last.OwnTrend!.Lower);
        Near(35.345685680529151, last.OwnTrend.Upper);
        Near(25.142, last.Population.Expected);
        Near(12.088, last.Population.Lower);
        Near(35.512, last.Population.Upper);
        Assert.Equal(0, trend.OwnTrendBand[0].MonthsFromCourseStart);
        Assert.Equal(12.2, trend.OwnTrendBand[^1].MonthsFromCourseStart, 12);
        Assert.Equal(OutcomeTrends.BandSteps + 1, trend.PopulationBand.Count);
    }

    // [D] A baseline of 2 declines at the fastest rate below 0 within two months: the range stops at the scale's 0.
    [Fact]
    public void Ranges_StayOnTheScale()
    {
        List<OutcomePoint> points = [Point(-1, 3, OutcomeTrends.BeforeCourse, false), Point(0, 2, OutcomeTrends.BeforeCourse, false),
            Point(6, 1, OutcomeTrends.AfterCourse, false)];

        var trend = OutcomeTrends.Analyse(points, 0.7, PopulationDecline.PrecisionAls);

        Assert.Equal(0, trend.AfterVisits[0].Population.Lower);
        Assert.All(trend.PopulationBand, b => Assert.InRange(b.Lower, 0, 48));
    }

    // Two visits before and none after: neither slope, nor a difference, nor an own-trend band; the population range still shows.
    [Fact]
    public void TooFewVisits_SayWhy_AndDrawNoLine()
    {
        List<OutcomePoint> points = [Point(-3, 40, OutcomeTrends.BeforeCourse, false), Point(0, 39, OutcomeTrends.BeforeCourse, false)];

        var trend = OutcomeTrends.Analyse(points, 0.7, PopulationDecline.PrecisionAls);

        Assert.Equal("tooFewPoints", trend.Before.NotEstimable);
        Assert.Equal("tooFewPoints", trend.After.NotEstimable);
        Assert.Null(trend.Before.Slope);
        Assert.Null(trend.Change);
        Assert.Empty(trend.OwnTrendBand);
        Assert.Equal(OutcomeTrends.MinHorizonMonths, trend.PopulationBand[^1].MonthsFromCourseStart, 12);
    }

    // PRECISION-ALS [S68]: mean 0.89, 95% of patients 0.04-1.96 points per month over 24 months.
    [Fact]
    public void PopulationFigures_ArePrecisionAls()
    {
        var p = PopulationDecline.PrecisionAls;

        Assert.Equal((0.89, 0.04, 1.96, 24.0), (p.MeanPerMonth, p.SlowestPerMonth, p.FastestPerMonth, p.ValidMonths));
    }
}
