using MndCare.Domain.Results;
using MndCare.Statistics.Intervals;

namespace MndCare.Statistics.Tests;

// Clopper–Pearson as R's binom.test(x, n, conf.level = level)$conf.int (docs/safety/statistics.md).
public sealed class ClopperPearsonTests
{
    // R's definition (stats/R/binom.test.R: p.L = qbeta(α/2, x, n−x+1), p.U = qbeta(1−α/2, x+1, n−x)) evaluated at
    // 50 significant digits with mpmath (regularized incomplete beta inverted by bisection); R itself is not installed
    // on this project's machines. Held to 1e-9 absolute, well inside the 1e-7.
    [Theory]
    [InlineData(0, 1, 0.95, 0, 0.975)]
    [InlineData(1, 1, 0.95, 0.025, 1)]
    [InlineData(0, 10, 0.95, 0, 0.30849710781876082)]
    [InlineData(1, 10, 0.95, 0.0025285785444617845, 0.44501611702819542)]
    [InlineData(5, 10, 0.95, 0.18708602844739853, 0.81291397155260147)]
    [InlineData(10, 10, 0.95, 0.69150289218123918, 1)]
    [InlineData(1, 3, 0.95, 0.0084037586596126366, 0.90570067594975392)]
    [InlineData(3, 20, 0.95, 0.032070937185463706, 0.37892682654531394)]
    [InlineData(0, 30, 0.95, 0, 0.11570330822202781)]
    [InlineData(2, 40, 0.95, 0.0061136465993508364, 0.16919686395941765)]
    [InlineData(50, 100, 0.95, 0.39832112950330098, 0.60167887049669902)]
    [InlineData(7, 365, 0.95, 0.0077444995976477348, 0.039113359100441595)]
    [InlineData(682, 925, 0.95, 0.70766826407903902, 0.76540655824152525)]
    [InlineData(1, 1000, 0.95, 0.000025317487491294043, 0.0055589242798266729)]
    [InlineData(999, 1000, 0.95, 0.99444107572017333, 0.99997468251250871)]
    [InlineData(0, 5000, 0.95, 0, 0.0007375038011081052)]
    [InlineData(5, 10, 0.90, 0.22244110100812908, 0.77755889899187092)]
    [InlineData(5, 10, 0.99, 0.12831055393508325, 0.87168944606491675)]
    public void Interval_MatchesRsDefinitionAtHighPrecision(int events, int trials, double level, double lower, double upper)
    {
        var interval = ClopperPearson.Interval(events, trials, level).Value;

        Assert.Equal(lower, interval.Lower, 1e-9);
        Assert.Equal(upper, interval.Upper, 1e-9);
        Assert.Equal((double)events / trials, interval.Estimate);
        Assert.Equal(level, interval.ConfidenceLevel);
    }

    // Published R output, printed to 7 significant digits (so held to half a unit in the 7th decimal):
    // binom.test(0, 10) → 0.0000000 0.3084971; binom.test(5, 10) → 0.1870860 0.8129140;
    // binom.test(c(682, 243), p = 3/4), the example in R's ?binom.test (Mendel's peas) → 0.7076683 0.7654066.
    [Theory]
    [InlineData(0, 10, 0.0, 0.3084971)]
    [InlineData(5, 10, 0.1870860, 0.8129140)]
    [InlineData(682, 925, 0.7076683, 0.7654066)]
    public void Interval_MatchesPublishedROutput(int events, int trials, double lower, double upper)
    {
        var interval = ClopperPearson.Interval(events, trials).Value;

        Assert.Equal(lower, interval.Lower, 5e-8);
        Assert.Equal(upper, interval.Upper, 5e-8);
    }

    [Fact]
    public void Interval_DefaultsTo95Percent() =>
        Assert.Equal(0.95, ClopperPearson.Interval(3, 20).Value.ConfidenceLevel);

    [Theory]
    [InlineData(0, 7)]
    [InlineData(0, 250)]
    public void Interval_NoEvents_LowerIsExactlyZero(int events, int trials) =>
        Assert.Equal(0, ClopperPearson.Interval(events, trials).Value.Lower);

    [Theory]
    [InlineData(7, 7)]
    [InlineData(250, 250)]
    public void Interval_EveryTrialAnEvent_UpperIsExactlyOne(int events, int trials) =>
        Assert.Equal(1, ClopperPearson.Interval(events, trials).Value.Upper);

    [Fact]
    public void Interval_IsSymmetricUnderSwappingEventsAndNonEvents()
    {
        var low = ClopperPearson.Interval(3, 17).Value;
        var high = ClopperPearson.Interval(14, 17).Value;

        Assert.Equal(low.Lower, 1 - high.Upper, 1e-12);
        Assert.Equal(low.Upper, 1 - high.Lower, 1e-12);
    }

    [Fact]
    public void Interval_ContainsTheEstimate_ForEveryCountUpTo60()
    {
        for (var n = 1; n <= 60; n++)
        {
            for (var x = 0; x <= n; x++)
            {
                var interval = ClopperPearson.Interval(x, n).Value;
                Assert.InRange(interval.Estimate, interval.Lower, interval.Upper);
                Assert.InRange(interval.Lower, 0, 1);
                Assert.InRange(interval.Upper, 0, 1);
            }
        }
    }

    [Theory]
    [InlineData(0, 0, "trials", ClopperPearson.NoTrials)]
    [InlineData(1, 0, "trials", ClopperPearson.NoTrials)]
    [InlineData(-1, 10, "events", ValidationError.OutOfRange)]
    [InlineData(0, -1, "trials", ValidationError.OutOfRange)]
    [InlineData(11, 10, "events", ClopperPearson.EventsExceedTrials)]
    public void Interval_InvalidCounts_AreTypedErrors(int events, int trials, string field, string code)
    {
        var result = ClopperPearson.Interval(events, trials);

        Assert.False(result.IsSuccess);
        var error = Assert.IsType<ValidationError>(Assert.Single(result.Errors));
        Assert.Equal(field, error.Field);
        Assert.Equal(code, error.Code);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(95.0)]
    [InlineData(double.NaN)]
    public void Interval_ConfidenceLevelOutsideZeroToOne_IsATypedError(double level)
    {
        var error = Assert.IsType<ValidationError>(Assert.Single(ClopperPearson.Interval(1, 10, level).Errors));

        Assert.Equal("confidenceLevel", error.Field);
        Assert.Equal(ValidationError.OutOfRange, error.Code);
    }
}
