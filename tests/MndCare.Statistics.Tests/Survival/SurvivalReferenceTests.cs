using System.Text.Json;
using MndCare.Statistics.Survival;

namespace MndCare.Statistics.Tests.Survival;

// Every stored dataset against R survival 3.5-3 (eng/r/survival.R, run by eng/r-reference.sh) at the tolerances of
// statistics-contract.md: counts and Kaplan–Meier medians and intervals exactly; Cox coefficients 1e-5 relative, standard
// errors 1e-4, hazard ratios 1e-5, their limits 1e-4, log-likelihood 1e-4 absolute.
public sealed class SurvivalReferenceTests
{
    public static TheoryData<string> Datasets => SurvivalReference.Datasets();

    [Theory]
    [MemberData(nameof(Datasets))]
    public void CountsAndKaplanMeierMedian_EqualR_Exactly(string dataset)
    {
        var r = SurvivalReference.RResult(dataset);
        var result = SurvivalAnalysis.Run(SurvivalReference.Read(dataset));

        Assert.Equal(r.GetProperty("n").GetInt32(), result.Data.Count);
        Assert.Equal(r.GetProperty("events").GetInt32(), result.KaplanMeier.Events);
        Assert.Equal(r.GetProperty("skippedRows").GetInt32(), result.Data.SkippedRows);
        var km = r.GetProperty("kaplanMeier");
        Assert.Equal(SurvivalReference.Number(km.GetProperty("median")), result.KaplanMeier.Median);
        Assert.Equal(SurvivalReference.Number(km.GetProperty("lower95")), result.KaplanMeier.MedianLower95);
        Assert.Equal(SurvivalReference.Number(km.GetProperty("upper95")), result.KaplanMeier.MedianUpper95);
    }

    // The whole curve: times and counts exactly, S(t) and its limits to 1e-12 relative (NaN where R gives NA).
    [Theory]
    [MemberData(nameof(Datasets))]
    public void KaplanMeierCurve_EqualsR(string dataset)
    {
        var curve = SurvivalReference.RResult(dataset).GetProperty("r").GetProperty("curve");
        var steps = KaplanMeier.Fit(SurvivalReference.Read(dataset).Time, SurvivalReference.Read(dataset).Event).Steps;

        var time = Column(curve, "time");
        Assert.Equal(time.Length, steps.Count);
        Assert.Equal(time, steps.Select(s => (double?)s.Time));
        Assert.Equal(Column(curve, "nRisk"), steps.Select(s => (double?)s.AtRisk));
        Assert.Equal(Column(curve, "nEvent"), steps.Select(s => (double?)s.Events));
        Assert.Equal(Column(curve, "nCensor"), steps.Select(s => (double?)s.Censored));
        AssertClose(Column(curve, "surv"), steps.Select(s => s.Survival));
        AssertClose(Column(curve, "lower"), steps.Select(s => s.Lower95));
        AssertClose(Column(curve, "upper"), steps.Select(s => s.Upper95));
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Cox_EqualsR_AtTheContractTolerances(string dataset)
    {
        var r = SurvivalReference.RResult(dataset).GetProperty("cox");
        var cox = SurvivalAnalysis.Run(SurvivalReference.Read(dataset)).Cox;

        if (r.ValueKind == JsonValueKind.Null)
        {
            // R reports no coefficients (no covariates, no events or NA coefficients): we report why instead.
            Assert.True(cox is null or { IsSuccess: false });
            return;
        }
        var fit = cox!.Value.Value;
        var coefficients = r.GetProperty("coefficients").EnumerateObject().ToList();
        Assert.Equal(coefficients.Select(c => c.Name), fit.Coefficients.Select(c => c.Name));
        foreach (var (expected, actual) in coefficients.Zip(fit.Coefficients))
        {
            AssertRelative(expected.Value, "coef", actual.Coef, 1e-5);
            AssertRelative(expected.Value, "se", actual.Se, 1e-4);
            AssertRelative(expected.Value, "hazardRatio", actual.HazardRatio, 1e-5);
            AssertRelative(expected.Value, "lower95", actual.Lower95, 1e-4);
            AssertRelative(expected.Value, "upper95", actual.Upper95, 1e-4);
            AssertRelative(expected.Value, "p", actual.P, 1e-4);
        }
        Assert.Equal(r.GetProperty("logLikelihood").GetDouble(), fit.LogLikelihood, 1e-4);
        Assert.Equal(r.GetProperty("concordance").GetDouble(), fit.Concordance, 1e-12);
        Assert.Equal(r.GetProperty("converged").GetBoolean(), fit.Converged);
        Assert.Equal(SurvivalReference.RResult(dataset).GetProperty("r").GetProperty("coxIterations").GetInt32(), fit.Iterations);
    }

    private static double?[] Column(JsonElement curve, string name) =>
        [.. curve.GetProperty(name).EnumerateArray().Select(SurvivalReference.Number)];

    private static void AssertClose(double?[] expected, IEnumerable<double> actual)
    {
        foreach (var (e, a) in expected.Zip(actual))
        {
            if (e is { } value)
            {
                Assert.Equal(value, a, Math.Abs(value) * 1e-12);
            }
            else
            {
                Assert.True(double.IsNaN(a), $"R gives NA here, we give {a}.");
            }
        }
    }

    private static void AssertRelative(JsonElement expected, string name, double actual, double tolerance)
    {
        var value = expected.GetProperty(name).GetDouble();
        Assert.True(Math.Abs(actual - value) <= tolerance * Math.Abs(value), $"{name}: R {value}, ours {actual}.");
    }
}
