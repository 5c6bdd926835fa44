using MndCare.Domain.Results;
using MndCare.Statistics.Trends;

namespace MndCare.Statistics.Tests.Trends;

// Source of every expected number: R 4.2.2 (stats: lm, confint, predict, qt), printed to 17 significant digits by
// eng/r/trends.R. Held to 1e-9 relative (1e-9 absolute near 0).
public sealed class TrendReferenceTests
{
    private const double Tolerance = 1e-9;

    private static readonly Dictionary<string, (double[] X, double[] Y)> Sets = new()
    {
        ["A"] = ([-12.1, -9.0, -6.2, -2.9, 0], [41, 40, 38, 38, 36]),
        ["B"] = ([0.9, 3.0, 6.1, 12.2], [36, 35, 35, 33]),
        ["C"] = ([-6, -3, 0], [44, 43, 43]),
        ["D"] = ([100000, 100000.5, 100001.25, 100002, 100003.1], [30, 29, 29, 27, 26]),
    };

    private static LinearTrend Fit(string set) => LeastSquaresLine.Fit(Sets[set].X, Sets[set].Y).Value;

    private static void Near(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= Tolerance * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");

    // R: lm(y ~ x); coef, summary()$coefficients["x", "Std. Error"], sigma, df.residual, confint(level = 0.95 and 0.90).
    [Theory]
    [InlineData("A", 5, 36.220877063101504, -0.39389452597657099, 0.058681929258206818, 0.56240437710709579, 3,
        -0.58064661493127123, -0.2071424370218708, -0.53199443257646228, -0.25579461937667969)]
    [InlineData("B", 4, 36.121266345492081, -0.24707501720578082, 0.046561272610000905, 0.39686486437843543, 2,
        -0.44741200390181013, -0.046738030509751533, -0.38303326182990238, -0.11111677258165936)]
    [InlineData("C", 3, 42.833333333333321, -0.16666666666666985, 0.096225044864939394, 0.40824829046387068, 1,
        -1.3893217874681851, 1.0559884541348454, -0.77420768943235507, 0.44087435609901471)]
    [InlineData("D", 5, 129543.05813190812, -1.2951308380266005, 0.19262040217829443, 0.47331344323441427, 3,
        -1.9081349252611752, -0.68212675079202556, -1.7484366493098205, -0.84182502674338067)]
    public void Fit_MatchesRsLmAndConfint(string set, int n, double intercept, double slope, double se, double sigma, int df,
        double lower95, double upper95, double lower90, double upper90)
    {
        var fit = Fit(set);

        Assert.Equal(n, fit.Count);
        Assert.Equal(df, fit.DegreesOfFreedom);
        Near(intercept, fit.Intercept);
        Near(slope, fit.Slope);
        Near(se, fit.SlopeStandardError);
        Near(sigma, fit.ResidualStandardError);
        var ci95 = fit.SlopeInterval();
        Near(lower95, ci95.Lower);
        Near(upper95, ci95.Upper);
        Assert.Equal(0.95, ci95.ConfidenceLevel);
        var ci90 = fit.SlopeInterval(0.90);
        Near(lower90, ci90.Lower);
        Near(upper90, ci90.Upper);
    }

    // R: predict(lm(y ~ x), data.frame(x = x0), interval = "prediction", level = level).
    [Theory]
    [InlineData("A", 0.9, 0.95, 35.866371989722587, 33.516068941291053, 38.216675038154122)]
    [InlineData("A", 3.0, 0.95, 35.039193485171793, 32.451858035570318, 37.626528934773269)]
    [InlineData("A", 6.1, 0.95, 33.818120454644422, 30.820752335833937, 36.815488573454907)]
    [InlineData("A", 12.2, 0.95, 31.41536384618734, 27.485042011845529, 35.345685680529151)]
    [InlineData("A", 6.1, 0.80, 33.818120454644422, 32.275620678801928, 35.360620230486916)]
    [InlineData("D", 100006, 0.95, 22.203544219926698, 18.920536746646313, 25.486551693207083)]
    public void PredictionAt_MatchesRsPredictionInterval(string set, double x, double level, double fitted, double lower, double upper)
    {
        var prediction = Fit(set).PredictionAt(x, level);

        Near(fitted, prediction.Estimate);
        Near(lower, prediction.Lower);
        Near(upper, prediction.Upper);
    }

    // R: after − before from summary(lm)'s estimates and standard errors, Welch–Satterthwaite df, qt (eng/r/trends.R, welch()).
    [Theory]
    [InlineData("A", "B", 0.95, 0.14681950877079017, 0.074910085626222658, 4.9961153191850087, -0.045788039266067865, 0.33942705680764818)]
    [InlineData("C", "B", 0.95, -0.080408350539110968, 0.10689813546700626, 1.4824635846003207, -0.73434259331262675, 0.57352589223440475)]
    [InlineData("A", "B", 0.90, 0.14681950877079017, 0.074910085626222658, 4.9961153191850087, -0.0041538676176212097, 0.29779288515920155)]
    public void Difference_MatchesRWelchSatterthwaite(string before, string after, double level, double estimate, double se, double df,
        double lower, double upper)
    {
        var difference = SlopeDifference.Between(Fit(before), Fit(after));
        var interval = difference.Interval(level);

        Near(estimate, difference.Estimate);
        Near(se, difference.StandardError);
        Near(df, difference.DegreesOfFreedom);
        Near(lower, interval.Lower);
        Near(upper, interval.Upper);
    }

    [Theory]
    [InlineData(new double[] { 1, 2 }, new double[] { 40, 39 }, LeastSquaresLine.TooFewPoints)]
    [InlineData(new double[0], new double[0], LeastSquaresLine.TooFewPoints)]
    [InlineData(new double[] { 3, 3, 3 }, new double[] { 40, 39, 38 }, LeastSquaresLine.NoSpreadInX)]
    public void Fit_WithoutASlopeToEstimate_SaysWhy(double[] x, double[] y, string code)
    {
        var fit = LeastSquaresLine.Fit(x, y);

        var error = Assert.IsType<ValidationError>(Assert.Single(fit.Errors));
        Assert.Equal(code, error.Code);
    }

    // Three points on a line [D]: no residual, so every interval is the point itself; the difference of two such lines too.
    [Fact]
    public void PerfectLines_HaveZeroWidthIntervals()
    {
        var before = LeastSquaresLine.Fit([0, 1, 2], [40, 39, 38]).Value;
        var after = LeastSquaresLine.Fit([3, 4, 5], [38, 38, 38]).Value;

        Assert.Equal(new EstimateInterval(-1, -1, -1, 0.95), before.SlopeInterval());
        var difference = SlopeDifference.Between(before, after);
        Assert.Equal(1, difference.Estimate, 12);
        Assert.Equal(2, difference.DegreesOfFreedom);
        Assert.Equal(difference.Interval().Lower, difference.Interval().Upper);
    }

    [Fact]
    public void NonFiniteOrMismatchedInput_IsABug()
    {
        Assert.Throws<ArgumentException>(() => LeastSquaresLine.Fit([1, 2, double.NaN], [1, 2, 3]));
        Assert.Throws<ArgumentException>(() => LeastSquaresLine.Fit([1, 2, 3], [1, 2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Fit("A").SlopeInterval(1));
    }
}
