using MndCare.Domain.Results;
using MndCare.Statistics.Mixed;

namespace MndCare.Statistics.Tests.Mixed;

// The engine's own rules: what it refuses (as lme4's checks), what it reports at the boundary, and invariances of the optimum.
public sealed class LinearMixedModelTests
{
    private static TrajectoryData Data(int[] group, double[] months, double[] score, double[]? post = null) =>
        new(group, months, post, score, group.Length == 0 ? 0 : group.Max() + 1);

    private static string ErrorCode(TrajectoryData data) => Assert.IsType<ValidationError>(LinearMixedModel.Fit(data).Errors.Single()).Code;

    [Fact]
    public void Fit_WithoutObservations_IsRefused() =>
        Assert.Equal(LinearMixedModel.NoObservations, ErrorCode(Data([], [], [])));

    [Fact]
    public void Fit_OfOnePatient_IsRefused_AsLme4RefusesAGroupingFactorWithOneLevel() =>
        Assert.Equal(LinearMixedModel.TooFewGroups, ErrorCode(Data([0, 0, 0], [0, 1, 2], [40, 39, 37])));

    [Fact]
    public void Fit_WithNoMoreObservationsThanRandomEffects_IsRefused_AsLme4CheckNobsVsNRE() =>
        Assert.Equal(LinearMixedModel.TooFewObservations, ErrorCode(Data([0, 0, 1, 1], [0, 3, 0, 3], [40, 38, 44, 41])));

    [Fact]
    public void Fit_WithPostMonthsAlwaysZero_NamesTheColumnThatCannotBeEstimated()
    {
        var result = LinearMixedModel.Fit(Data([0, 0, 0, 1, 1, 1], [0, 3, 6, 0, 3, 6], [40, 38, 35, 44, 41, 40], [0, 0, 0, 0, 0, 0]));

        var error = Assert.IsType<ValidationError>(result.Errors.Single());
        Assert.Equal((LinearMixedModel.RankDeficient, "post_months"), (error.Code, error.Field));
    }

    [Fact]
    public void Fit_WithOneVisitTime_CannotEstimateTheSlope() =>
        Assert.Equal(LinearMixedModel.RankDeficient, ErrorCode(Data([0, 0, 0, 1, 1, 1], [2, 2, 2, 2, 2, 2], [40, 38, 35, 44, 41, 40])));

    // lmm-singular-60: patients simulated without a random slope; lme4 reports "boundary (singular) fit" with θ₃ = 0.
    [Fact]
    public void Fit_OnTheBoundary_IsSingular_WithACorrelationOfMinusOne()
    {
        var fit = LinearMixedModel.Fit(LmmData.Read("lmm-singular-60").Data).Value;

        Assert.True(fit.Singular);
        Assert.Equal(-1, fit.RandomEffects.Correlation, 1e-12);
    }

    [Fact]
    public void Fit_OfAnOrdinaryCohort_IsNotSingular() =>
        Assert.False(LinearMixedModel.Fit(LmmData.Read("lmm-200").Data).Value.Singular);

    [Fact]
    public void Fit_DoesNotDependOnTheOrderOfRowsOrTheNumberingOfPatients()
    {
        var data = LmmData.Read("lmm-200").Data;
        var order = Enumerable.Range(0, data.Count).Reverse().ToArray();
        var renumbered = new TrajectoryData([.. order.Select(i => data.GroupCount - 1 - data.Group[i])], [.. order.Select(i => data.Months[i])],
            [.. order.Select(i => data.PostMonths![i])], [.. order.Select(i => data.Score[i])], data.GroupCount);

        var first = LinearMixedModel.Fit(data).Value;
        var second = LinearMixedModel.Fit(renumbered).Value;

        foreach (var (a, b) in first.FixedEffects.Zip(second.FixedEffects))
        {
            Assert.Equal(a.Estimate, b.Estimate, 1e-9);
            Assert.Equal(a.StandardError, b.StandardError, 1e-9);
        }
        Assert.Equal(first.RemlCriterion, second.RemlCriterion, 1e-7);
    }

    // R: confint(fit, parm = "beta_", method = "Wald") = estimate ± qnorm(0.975) × SE, qnorm(0.975) = 1.959963984540054.
    [Fact]
    public void WaldInterval_IsTheEstimatePlusMinusTheNormalQuantileTimesTheStandardError()
    {
        var (lower, upper) = new FixedEffect("post_months", 0.3, 0.05).WaldInterval();

        Assert.Equal(0.3 - (1.959963984540054 * 0.05), lower, 1e-12);
        Assert.Equal(0.3 + (1.959963984540054 * 0.05), upper, 1e-12);
    }
}
