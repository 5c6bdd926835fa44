using System.Text.Json;
using MndCare.Statistics.Mixed;

namespace MndCare.Statistics.Tests.Mixed;

// Our REML fits against lme4 1.1-31 (R 4.2.2) run to tight tolerances by eng/r/lmm.R on the stored datasets, at the
// tolerances of statistics-contract.md: fixed effects 1e-4 relative, standard errors and variance components 1e-3 relative,
// REML criterion 1e-2 absolute, counts exactly.
public sealed class LmmReferenceTests
{
    private const double FixedEffectTolerance = 1e-4;
    private const double SecondMomentTolerance = 1e-3;
    private const double CriterionTolerance = 1e-2;

    public static TheoryData<string> Datasets => [.. LmmData.Names];

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Fit_EqualsLme4AtTheRemlOptimum(string dataset)
    {
        var table = LmmData.Read(dataset);
        var r = LmmData.Reference(dataset);

        var fit = LinearMixedModel.Fit(table.Data).Value;

        Assert.Equal(r.GetProperty("nObservations").GetInt32(), fit.NObservations);
        Assert.Equal(r.GetProperty("nGroups").GetInt32(), fit.NGroups);
        Assert.Equal(r.GetProperty("skippedRows").GetInt32(), table.SkippedRows);
        var effects = r.GetProperty("fixedEffects").EnumerateObject().ToList();
        Assert.Equal(effects.Select(e => e.Name), fit.FixedEffects.Select(e => e.Name));
        foreach (var effect in effects)
        {
            var ours = fit.Effect(effect.Name)!;
            Near(effect.Value.GetProperty("estimate").GetDouble(), ours.Estimate, FixedEffectTolerance, effect.Name);
            Near(effect.Value.GetProperty("standardError").GetDouble(), ours.StandardError, SecondMomentTolerance, effect.Name + " SE");
        }
        var random = r.GetProperty("randomEffects");
        Near(random.GetProperty("sdIntercept").GetDouble(), fit.RandomEffects.SdIntercept, SecondMomentTolerance, "sdIntercept");
        Near(random.GetProperty("sdSlope").GetDouble(), fit.RandomEffects.SdSlope, SecondMomentTolerance, "sdSlope");
        Near(random.GetProperty("sdResidual").GetDouble(), fit.RandomEffects.SdResidual, SecondMomentTolerance, "sdResidual");
        var correlation = random.GetProperty("correlation");
        if (correlation.ValueKind == JsonValueKind.Null)
        {
            Assert.True(double.IsNaN(fit.RandomEffects.Correlation));
        }
        else
        {
            Near(correlation.GetDouble(), fit.RandomEffects.Correlation, SecondMomentTolerance, "correlation");
        }
        Assert.Equal(r.GetProperty("remlCriterion").GetDouble(), fit.RemlCriterion, CriterionTolerance);
        Assert.True(fit.Converged);
    }

    private static void Near(double expected, double actual, double relative, string what) =>
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Abs(expected),
            $"{what}: ours {actual:R}, lme4 {expected:R}, relative difference {Math.Abs(actual - expected) / Math.Abs(expected):E2} > {relative:E0}");
}
