using MndCare.Domain.Results;
using MndCare.Statistics.Survival;

namespace MndCare.Statistics.Tests.Survival;

// Hand cases with R survival 3.5-3's answers (coxph(Surv(t, e) ~ x), run on this machine, printed with %.17g); the stored datasets
// are compared in SurvivalReferenceTests.
public sealed class CoxProportionalHazardsTests
{
    private static readonly double[] TiedTimes = [1, 1, 1, 2, 2, 3, 3, 3, 4];
    private static readonly bool[] TiedEvents = [true, true, false, true, true, true, true, false, true];
    private static readonly double[] TiedX = [0.5, 1.2, -0.3, 2.0, 0.1, 1.1, -1.0, 0.7, 0.4];

    private static Result<CoxFit> Fit(double[] time, bool[] events, params double[][] columns) =>
        CoxProportionalHazards.Fit(time, events, [.. time.Select((_, i) => columns.Select(c => c[i]).ToArray())],
            [.. columns.Select((_, j) => "x" + j)]);

    // R, ties = "efron": coef 0.30934642690348596, se 0.51842744535230267, loglik -9.9782269293623536, concordance
    // 0.65384615384615385, 3 iterations. Breslow's approximation gives 0.27935284357960938, so the ties are Efron's.
    [Fact]
    public void Fit_HeavilyTiedTimes_IsEfronsFitAsR()
    {
        var fit = Fit(TiedTimes, TiedEvents, TiedX).Value;

        var x = Assert.Single(fit.Coefficients);
        Assert.Equal(0.30934642690348596, x.Coef, 1e-12);
        Assert.Equal(0.51842744535230267, x.Se, 1e-12);
        Assert.Equal(-9.9782269293623536, fit.LogLikelihood, 1e-12);
        Assert.Equal(0.65384615384615385, fit.Concordance, 1e-15);
        Assert.Equal((3, true), (fit.Iterations, fit.Converged));
        Assert.Equal(Math.Exp(x.Coef), x.HazardRatio);
        Assert.Equal(Math.Exp(x.Coef - (1.9599639845400536 * x.Se)), x.Lower95);
    }

    // A binary covariate that separates the events perfectly: R's log-likelihood converges while β runs away ("coefficient may be
    // infinite"): coef 22.491405180744305, se 23718.225663180794, loglik -7.9655455749075976 after 20 iterations.
    [Fact]
    public void Fit_MonotoneLikelihood_StopsWhereRStops()
    {
        double[] time = [1, 2, 3, 4, 5, 6, 7, 8, 9];
        var fit = Fit(time, [.. time.Select(_ => true)], [1, 1, 1, 1, 0, 0, 0, 0, 0]).Value;

        Assert.Equal(22.491405180744305, fit.Coefficients[0].Coef, 22.49 * 1e-9);
        Assert.Equal(23718.225663180794, fit.Coefficients[0].Se, 23718 * 1e-6);
        Assert.Equal(-7.9655455749075976, fit.LogLikelihood, 1e-9);
        Assert.Equal((20, true), (fit.Iterations, fit.Converged));
    }

    [Fact]
    public void Fit_NoCovariates_IsAnError() =>
        Assert.Equal(CoxProportionalHazards.NoCovariates, Fit(TiedTimes, TiedEvents).Errors.Single().Code);

    [Fact]
    public void Fit_NoEvents_IsAnError() =>
        Assert.Equal(CoxProportionalHazards.NoEvents, Fit([1, 2, 3], [false, false, false], [1, 2, 4]).Errors.Single().Code);

    [Fact]
    public void Fit_ConstantCovariate_IsAnErrorNamingIt()
    {
        var error = (ValidationError)Fit(TiedTimes, TiedEvents, TiedX, [.. TiedX.Select(_ => 3.0)]).Errors.Single();

        Assert.Equal((CoxProportionalHazards.CovariateWithoutVariation, "x1"), (error.Code, error.Field));
    }

    // R reports NA for the second of two collinear covariates; we say why there is no fit.
    [Fact]
    public void Fit_CollinearCovariates_IsAnError()
    {
        var result = Fit(TiedTimes, TiedEvents, TiedX, [.. TiedX.Select(v => (2 * v) + 1)]);

        Assert.Equal(CoxProportionalHazards.CollinearCovariates, result.Errors.Single().Code);
        Assert.Contains("x1", result.Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_MismatchedRows_IsACallerBug() =>
        Assert.Throws<ArgumentException>(() => CoxProportionalHazards.Fit([1, 2], [true, false], [[1.0]], ["x"]));
}
