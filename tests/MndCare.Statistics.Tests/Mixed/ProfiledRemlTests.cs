using MndCare.Statistics.Mixed;

namespace MndCare.Statistics.Tests.Mixed;

// The exact REML gradient (docs/statistics/lmm.md) against central differences of the criterion itself.
public sealed class ProfiledRemlTests
{
    [Theory]
    [InlineData("lmm-200", 3, 1.0, 0.0, 1.0)]
    [InlineData("lmm-200", 3, 2.2, 0.3, 0.15)]
    [InlineData("lmm-200", 3, 0.0, -0.2, 0.4)]
    [InlineData("lmm-singular-60", 2, 1.3, -0.01, 0.0)]
    [InlineData("lmm-singular-60", 2, 0.5, 0.1, 2.0)]
    public void Gradient_EqualsCentralDifferencesOfTheCriterion(string dataset, int fixedEffects, double t1, double t2, double t3)
    {
        var data = LmmData.Read(dataset).Data;
        var reml = new ProfiledReml(PatientMoments.Accumulate(data, data.Score.Average()), fixedEffects);
        double[] theta = [t1, t2, t3];
        var gradient = new double[3];
        reml.Evaluate(theta, gradient);

        for (var j = 0; j < 3; j++)
        {
            const double step = 1e-5;
            var up = (double[])theta.Clone();
            var down = (double[])theta.Clone();
            up[j] += step;
            down[j] -= step;
            var numeric = (reml.Evaluate(up, []).Deviance - reml.Evaluate(down, []).Deviance) / (2 * step);
            Assert.True(Math.Abs(numeric - gradient[j]) <= 1e-5 * Math.Max(1, Math.Abs(numeric)), $"θ{j + 1}: exact {gradient[j]:R}, numeric {numeric:R}");
        }
    }
}
