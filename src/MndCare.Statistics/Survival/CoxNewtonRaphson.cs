namespace MndCare.Statistics.Survival;

/// <summary>Newton–Raphson on the Efron partial likelihood exactly as coxfit6: start at β = 0, step by I⁻¹U, and when a step lowers the
/// log-likelihood (or overflows), pull it back towards the last good β by (new + h·old)/(h + 1) with h = 1, 2, …; converged when
/// |1 − ℓ_best/ℓ_new| ≤ eps. The variance is I⁻¹ at the final β.</summary>
/// <remarks>R survival 3.5-3 coxfit6.c; coxph.control(): eps 1e-9, iter.max 20, toler.chol ε^0.75. When the iterations run out, the
/// last good β is reported with its information recomputed and converged = false.</remarks>
internal static class CoxNewtonRaphson
{
    public sealed record Outcome(double[] Beta, double[,] Variance, double LogLikelihood, bool Converged, int Iterations, IReadOnlyList<int> Singular);

    public static Outcome Run(CoxDesign design)
    {
        var p = design.Columns.Length;
        var likelihood = new EfronLikelihood(design.Time, design.Event, design.Columns);
        var beta = new double[p];
        var best = likelihood.Evaluate(beta);
        var step = new SemidefiniteCholesky(likelihood.Information).Solve(likelihood.Score);
        var newBeta = new double[p];
        for (var i = 0; i < p; i++)
        {
            newBeta[i] = beta[i] + step[i];
        }
        var halving = 0;
        for (var iteration = 1; iteration <= CoxProportionalHazards.MaximumIterations; iteration++)
        {
            var candidate = likelihood.Evaluate(newBeta);
            var cholesky = new SemidefiniteCholesky(likelihood.Information);
            var finite = double.IsFinite(candidate) && Array.TrueForAll(likelihood.Score, double.IsFinite) && AllFinite(likelihood.Information);
            if (finite && Math.Abs(1 - (best / candidate)) <= CoxProportionalHazards.ConvergenceTolerance)
            {
                return Finish(design, newBeta, cholesky, candidate, true, iteration);
            }
            if (!finite || candidate < best)
            {
                halving++;
                for (var i = 0; i < p; i++)
                {
                    newBeta[i] = (newBeta[i] + (halving * beta[i])) / (halving + 1.0);
                }
            }
            else
            {
                halving = 0;
                best = candidate;
                step = cholesky.Solve(likelihood.Score);
                for (var i = 0; i < p; i++)
                {
                    beta[i] = newBeta[i];
                    newBeta[i] += step[i];
                }
            }
        }
        var last = likelihood.Evaluate(beta);
        return Finish(design, beta, new SemidefiniteCholesky(likelihood.Information), last, false, CoxProportionalHazards.MaximumIterations);
    }

    /// <summary>Scales β and I⁻¹ back to the covariates' own units.</summary>
    private static Outcome Finish(CoxDesign design, double[] scaledBeta, SemidefiniteCholesky cholesky, double logLikelihood, bool converged,
        int iterations)
    {
        var p = scaledBeta.Length;
        var inverse = cholesky.Inverse();
        var beta = new double[p];
        var singular = new List<int>();
        for (var i = 0; i < p; i++)
        {
            beta[i] = scaledBeta[i] * design.Scales[i];
            for (var j = 0; j < p; j++)
            {
                inverse[i, j] *= design.Scales[i] * design.Scales[j];
            }
            if (cholesky.IsSingular(i))
            {
                singular.Add(i);
            }
        }
        return new Outcome(beta, inverse, logLikelihood, converged, iterations, singular);
    }

    private static bool AllFinite(double[,] matrix)
    {
        foreach (var value in matrix)
        {
            if (!double.IsFinite(value))
            {
                return false;
            }
        }
        return true;
    }
}
