using FsCheck;
using FsCheck.Fluent;
using MndCare.Domain.Prognosis;
using MndCare.Domain.Results;

namespace MndCare.Domain.Tests.Prognosis;

public sealed class D50ModelTests
{
    // Totals the exact curve passes through at t = D50 + dx·ln(48/total − 1), so integer totals lie exactly on it.
    private static readonly int[] ExactTotals = [46, 40, 36, 24, 12, 6];

    private static List<(double MonthsSinceOnset, int AlsfrsRTotal)> ExactVisits(double d50, double dx) =>
        [.. ExactTotals.Select(total => (d50 + (dx * Math.Log((48.0 / total) - 1)), total))];

    [Theory]
    // docs/instruments/d50.md (dossier §7), reference cases [D] (D50 = 30, dx = 6)
    [InlineData(0, 47.679)]
    [InlineData(12, 45.724)]
    [InlineData(30, 24.000)]
    [InlineData(48, 2.276)]
    public void Predict_ReferenceCases_GiveAlsfrsR(double months, double expected)
    {
        Assert.Equal(expected, D50Model.Predict(30, 6, months), 3);
    }

    [Theory]
    // docs/instruments/d50.md (dossier §7), reference cases [D] (D50 = 30, dx = 6)
    [InlineData(12, -0.361)]
    // docs/instruments/d50.md (dossier §7) [D]: the steepest slope, at t = D50, is −12/dx
    [InlineData(30, -2.000)]
    public void Slope_ReferenceCases_GivePointsPerMonth(double months, double expected)
    {
        Assert.Equal(expected, D50Model.Slope(30, 6, months), 3);
    }

    [Fact]
    public void Fit_ExactPointsWithoutAnchor_RecoversParameters()
    {
        var fit = D50Model.Fit(ExactVisits(30, 6), onsetAnchor: false).Value;

        Assert.Equal(30, fit.D50Months, 1e-3);
        Assert.Equal(6, fit.DxMonths, 1e-3);
        Assert.Equal(0, fit.ResidualSumOfSquares, 1e-9);
        Assert.False(fit.AnchorUsed);
    }

    [Theory]
    // docs/instruments/d50.md (dossier §7), reference cases [D]: the recovered curve reproduces the table (t, ALSFRS-R, rD50)
    [InlineData(0, 47.679, 0.0)]
    [InlineData(12, 45.724, 0.4)]
    [InlineData(30, 24.000, 1.0)]
    [InlineData(48, 2.276, 1.6)]
    public void Fit_ExactPoints_ReproducesReferenceTable(double months, double expected, double relativeD50)
    {
        var fit = D50Model.Fit(ExactVisits(30, 6), onsetAnchor: false).Value;

        Assert.Equal(expected, fit.Predict(months), 3);
        Assert.Equal(relativeD50, fit.RelativeD50(months), 6);
    }

    [Fact]
    public void Fit_ExactPoints_ReproducesReferenceSlopes()
    {
        var fit = D50Model.Fit(ExactVisits(30, 6), onsetAnchor: false).Value;

        Assert.Equal(-0.361, fit.Slope(12), 3);
        Assert.Equal(-2.000, fit.Slope(30), 3);
    }

    [Fact]
    public void Fit_ExactPointsWithAnchor_StaysCloseAndRecordsTheAnchor()
    {
        // The anchor (0, 48) sits 0.321 points above the curve (47.679), so it pulls the fit only slightly.
        var fit = D50Model.Fit(ExactVisits(30, 6)).Value;

        Assert.True(fit.AnchorUsed);
        Assert.Equal(30, fit.D50Months, 0.01);
        Assert.Equal(6, fit.DxMonths, 0.01);
    }

    [Fact]
    public void Fit_TypicalNoisyCourse_IsEstimable()
    {
        List<(double, int)> visits = [(6, 47), (11, 45), (17, 41), (24, 33), (29, 27), (36, 17)];

        var fit = D50Model.Fit(visits).Value;

        Assert.InRange(fit.D50Months, 25, 40);
        Assert.InRange(fit.DxMonths, 3, 15);
        Assert.True(fit.Slope(30) < 0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Fit_FewerThanThreeVisits_IsTooFewVisits(int count)
    {
        var visits = Enumerable.Range(1, count).Select(i => (i * 6.0, 48 - (2 * i))).ToList();

        var error = Assert.Single(D50Model.Fit(visits).Errors);

        Assert.Equal(new ValidationError("visits", "tooFewVisits", error.Message), error);
    }

    [Fact]
    public void Fit_InvalidVisits_NamesEachOne()
    {
        List<(double, int)> visits = [(-1, 40), (12, 49), (double.NaN, -1)];

        var fields = D50Model.Fit(visits).Errors.Cast<ValidationError>().Select(e => (e.Field, e.Code));

        Assert.Equal(
            [("visits[0].monthsSinceOnset", "outOfRange"), ("visits[1].alsfrsRTotal", "outOfRange"), ("visits[2].monthsSinceOnset", "outOfRange"), ("visits[2].alsfrsRTotal", "outOfRange")],
            fields);
    }

    [Theory]
    // No decline at all: the curve's position is not identified.
    [InlineData(true, new[] { 6.0, 12.0, 18.0 }, new[] { 48, 48, 48 })]
    [InlineData(false, new[] { 6.0, 12.0, 18.0 }, new[] { 48, 48, 48 })]
    // One time point only: D50 and dx cannot be separated.
    [InlineData(false, new[] { 12.0, 12.0, 12.0 }, new[] { 40, 40, 40 })]
    // With the anchor, one visit time gives two points and an infinitely steep step between them.
    [InlineData(true, new[] { 12.0, 12.0, 12.0 }, new[] { 40, 40, 40 })]
    // Already at 0 at every visit without the anchor.
    [InlineData(false, new[] { 6.0, 12.0, 18.0 }, new[] { 0, 0, 0 })]
    public void Fit_UninformativeVisits_IsNotEstimable(bool anchor, double[] months, int[] totals)
    {
        var visits = months.Zip(totals).ToList();

        var error = Assert.Single(D50Model.Fit(visits, anchor).Errors);

        Assert.Equal(new ValidationError("visits", "notEstimable", error.Message), error);
    }

    [Theory]
    [InlineData(0, 6)]
    [InlineData(30, 0)]
    [InlineData(double.NaN, 6)]
    [InlineData(30, double.PositiveInfinity)]
    public void Predict_ParametersNotPositiveOrNotFinite_Throws(double d50, double dx)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => D50Model.Predict(d50, dx, 12));
        Assert.Throws<ArgumentOutOfRangeException>(() => D50Model.Slope(d50, dx, 12));
    }

    // Exact integer points from any plausible curve are recovered (D50 12-120 months, dx 1 month to D50/4, so the
    // earliest point, D50 − 3.1·dx, is after onset).
    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Fit_ExactPointsOfAnyPlausibleCurve_RecoversParameters() =>
        Prop.ForAll(
            (from d50 in Gen.Choose(120, 1200)
             from dx in Gen.Choose(10, d50 / 4)
             select (D50: d50 / 10.0, Dx: dx / 10.0)).ToArbitrary(),
            curve =>
            {
                var fit = D50Model.Fit(ExactVisits(curve.D50, curve.Dx), onsetAnchor: false).Value;
                return Math.Abs(fit.D50Months - curve.D50) < 1e-6 && Math.Abs(fit.DxMonths - curve.Dx) < 1e-6;
            });

    // The curve only ever falls: the slope is negative and a later time predicts a lower score; more than 30 dx
    // from D50 a double may round the curve to its asymptote (48 or 0) and the slope to 0.
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Predict_LaterTime_IsLower() =>
        Prop.ForAll(Gen.Choose(1, 1200).ToArbitrary(), Gen.Choose(1, 300).ToArbitrary(), Gen.Choose(0, 600).ToArbitrary(), (d50, dx, months) =>
        {
            var (earlier, later) = (D50Model.Predict(d50, dx, months), D50Model.Predict(d50, dx, months + 0.5));
            var saturated = Math.Abs((months - d50) / (double)dx) > 30;
            var slope = D50Model.Slope(d50, dx, months);
            return saturated ? slope <= 0 && later <= earlier : slope < 0 && later < earlier;
        });
}
