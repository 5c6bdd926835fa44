using MndCare.Statistics.Survival;

namespace MndCare.Statistics.Tests.Survival;

// Hand cases with R survival 3.5-3's answers (print(survfit(Surv(time, event) ~ 1)), run on this machine); the stored datasets are
// compared in SurvivalReferenceTests.
public sealed class KaplanMeierTests
{
    // R: n 4, events 4, median 2.5, 0.95LCL 1, 0.95UCL NA. S = 0.5 from 2 until 3: the median is the midpoint.
    [Fact]
    public void Median_WhereTheCurveEqualsOneHalf_IsTheMidpointOfThatInterval()
    {
        var curve = KaplanMeier.Fit([1, 2, 3, 4], [true, true, true, true]);

        Assert.Equal(2.5, curve.Median);
        Assert.Equal(1, curve.MedianLower95);
        Assert.Null(curve.MedianUpper95);
    }

    // R: median 4, 0.95LCL 2, 0.95UCL NA; at 6 S = 0 and R's limits are NA.
    [Fact]
    public void Curve_WithTiesAndCensoring_MatchesR()
    {
        var curve = KaplanMeier.Fit([1, 2, 2, 3, 4, 5, 6], [true, true, false, true, true, false, true]);

        Assert.Equal(4, curve.Median);
        Assert.Equal(2, curve.MedianLower95);
        Assert.Null(curve.MedianUpper95);
        Assert.Equal([1.0, 2, 3, 4, 5, 6], curve.Steps.Select(s => s.Time));
        Assert.Equal(0.5357143, curve.Steps[2].Survival, 5e-8);
        Assert.Equal(0.2569813, curve.Steps[2].Lower95, 5e-8);
        Assert.Equal(1, curve.Steps[2].Upper95);
        Assert.Equal(0, curve.Steps[5].Survival);
        Assert.True(double.IsNaN(curve.Steps[5].Lower95) && double.IsNaN(curve.Steps[5].Upper95));
    }

    [Fact]
    public void Median_AllCensored_IsNotReached()
    {
        var curve = KaplanMeier.Fit([3, 5, 8], [false, false, false]);

        Assert.Equal((3, 0), (curve.N, curve.Events));
        Assert.Null(curve.Median);
        Assert.Null(curve.MedianLower95);
        Assert.Null(curve.MedianUpper95);
        Assert.All(curve.Steps, s => Assert.Equal(1, s.Survival));
    }

    [Fact]
    public void Fit_NoSubjects_IsAnEmptyCurve()
    {
        var curve = KaplanMeier.Fit([], []);

        Assert.Empty(curve.Steps);
        Assert.Null(curve.Median);
        Assert.Equal(1, curve.At(10).Survival);
    }

    [Fact]
    public void At_IsTheRightContinuousStepFunction()
    {
        var curve = KaplanMeier.Fit([2, 4, 4, 7], [true, true, false, false]);

        Assert.Equal(new KaplanMeierStep(0, 4, 0, 0, 1, 1, 1), curve.At(1.9));
        Assert.Equal(0.75, curve.At(2).Survival);
        Assert.Equal(0.75, curve.At(3.99).Survival);
        Assert.Equal(0.5, curve.At(4).Survival);
        Assert.Equal(curve.Steps[^1], curve.At(100));
    }

    // R's timefix (aeqSurv): times within √ε of each other are one time.
    [Fact]
    public void Fit_TimesDifferingByRoundingNoise_AreOneTime()
    {
        var curve = KaplanMeier.Fit([1, 1 + 1e-12, 2], [true, true, false]);

        Assert.Equal(2, curve.Steps.Count);
        Assert.Equal((1.0, 3, 2), (curve.Steps[0].Time, curve.Steps[0].AtRisk, curve.Steps[0].Events));
    }

    [Fact]
    public void Fit_NegativeTimeOrMismatchedLengths_IsACallerBug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KaplanMeier.Fit([-1, 2], [true, false]));
        Assert.Throws<ArgumentException>(() => KaplanMeier.Fit([1, 2], [true]));
    }
}
