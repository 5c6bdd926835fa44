using MathNet.Numerics.LinearAlgebra;
using MndCare.Domain.Results;

namespace MndCare.Statistics.Mixed;

/// <summary>Fits score ~ months [+ post_months] + (months | patient) by REML, at the optimum lme4's <c>lmer</c> reaches with tight tolerances.</summary>
/// <remarks>Bates D, Mächler M, Bolker B, Walker S. Fitting linear mixed-effects models using lme4. J Stat Softw 2015;67(1).
/// docs/statistics/lmm.md.</remarks>
public static class LinearMixedModel
{
    /// <summary>The error code when no observation is given.</summary>
    public const string NoObservations = "noObservations";

    /// <summary>The error code when fewer than two patients have observations (lme4: grouping factors must have &gt; 1 sampled level).</summary>
    public const string TooFewGroups = "tooFewGroups";

    /// <summary>The error code when observations do not outnumber the random effects (lme4's check.nobs.vs.nRE).</summary>
    public const string TooFewObservations = "tooFewObservations";

    /// <summary>The error code when a fixed-effect column is constant or a combination of the others (for example post_months all 0).</summary>
    public const string RankDeficient = "rankDeficient";

    /// <summary>The names of the fixed effects, in model order, as R prints them.</summary>
    public static readonly IReadOnlyList<string> FixedEffectNames = ["(Intercept)", "months", "post_months"];

    // Diagonal entries of Λ are standard-deviation ratios, ≥ 0; the off-diagonal is free (lme4's lower = c(0, -Inf, 0)).
    private static readonly double[] Lower = [0, double.NegativeInfinity, 0];

    // lme4's isSingular(tol = 1e-4): a diagonal entry of Λ this close to its bound of 0.
    private const double SingularTolerance = 1e-4;

    // A pivot below this fraction of its column's scale in the Cholesky of the scaled X'X means a dependent column.
    private const double RankTolerance = 1e-10;

    /// <summary>Fits the model to <paramref name="data"/>.</summary>
    /// <param name="data">The observations.</param>
    /// <returns>The fit, or validation errors when the data cannot identify the model: <see cref="NoObservations"/>,
    /// <see cref="TooFewGroups"/>, <see cref="TooFewObservations"/>, <see cref="RankDeficient"/>.</returns>
    public static Result<LmmFit> Fit(TrajectoryData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var p = data.PostMonths is null ? 2 : 3;
        if (Validate(data) is { } error)
        {
            return error;
        }
        // Centring the score on its mean keeps y'y, and so r² = y'y − Σ|c_u|² − |c_β|², free of cancellation; the intercept absorbs it.
        var centre = data.Score.Average();
        var moments = PatientMoments.Accumulate(data, centre);
        var reml = new ProfiledReml(moments, p);
        if (DependentColumn(reml.CrossProduct) is { } column)
        {
            return new ValidationError(FixedEffectNames[column], RankDeficient,
                $"The column {FixedEffectNames[column]} is constant or a combination of the others, so its effect cannot be estimated.");
        }
        var (theta, converged) = BoundedNewton.Minimize((x, gradient) => reml.Evaluate(x, gradient).Deviance,
            StartingValues.FromPatientLines(moments), Lower);
        var point = FinalPoint(data, moments, reml, theta, centre);
        var sigmaSquared = point.PenalizedRss / (data.Count - p);
        var covariance = point.FixedCrossProduct.Inverse() * sigmaSquared;
        var effects = Enumerable.Range(0, p)
            .Select(k => new FixedEffect(FixedEffectNames[k], point.Beta[k] + (k == 0 ? centre : 0), Math.Sqrt(covariance[k, k])))
            .ToList();
        return new LmmFit(data.Count, data.GroupCount, effects, VarCorr(theta, Math.Sqrt(sigmaSquared)), point.Deviance, converged, reml.Evaluations)
        {
            Singular = theta[0] < SingularTolerance || theta[2] < SingularTolerance,
        };
    }

    private static ValidationError? Validate(TrajectoryData data)
    {
        if (data.Count == 0)
        {
            return new ValidationError("observations", NoObservations, "There are no usable observations to fit.");
        }
        if (data.GroupCount < 2)
        {
            return new ValidationError("patients", TooFewGroups, "A mixed model needs observations of at least two patients.");
        }
        return data.Count <= 2 * data.GroupCount
            ? new ValidationError("observations", TooFewObservations,
                $"{data.Count} observations do not outnumber the {2 * data.GroupCount} random effects (an intercept and a slope per patient).")
            : null;
    }

    // Cholesky of X'X scaled to unit diagonal; a tiny pivot marks the first column the others already explain.
    private static int? DependentColumn(Matrix<double> crossProduct)
    {
        var p = crossProduct.RowCount;
        var scaled = Matrix<double>.Build.Dense(p, p, (r, c) => crossProduct[r, c] / Math.Sqrt(crossProduct[r, r] * crossProduct[c, c]));
        var factor = Matrix<double>.Build.Dense(p, p);
        for (var j = 0; j < p; j++)
        {
            var pivot = scaled[j, j];
            for (var k = 0; k < j; k++)
            {
                pivot -= factor[j, k] * factor[j, k];
            }
            if (!(crossProduct[j, j] > 0) || pivot <= RankTolerance)
            {
                return j;
            }
            factor[j, j] = Math.Sqrt(pivot);
            for (var i = j + 1; i < p; i++)
            {
                var sum = scaled[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= factor[i, k] * factor[j, k];
                }
                factor[i, j] = sum / factor[j, j];
            }
        }
        return null;
    }

    // At the optimum r² is recomputed from the residuals, ‖y − Xβ − Zb‖² + ‖u‖², instead of the difference of large sums.
    private static RemlPoint FinalPoint(TrajectoryData data, PatientMoments[] moments, ProfiledReml reml, double[] theta, double centre)
    {
        var point = reml.Evaluate(theta, []);
        var modes = RandomEffects.Conditional(moments, theta, point.Beta);
        var beta = point.Beta;
        var post = data.PostMonths;
        double residuals = 0;
        for (var i = 0; i < data.Count; i++)
        {
            var g = data.Group[i];
            var t = data.Months[i];
            var fitted = beta[0] + (beta[1] * t) + (post is null ? 0 : beta[2] * post[i]) + modes.Intercept[g] + (modes.Slope[g] * t);
            var residual = data.Score[i] - centre - fitted;
            residuals += residual * residual;
        }
        return reml.Criterion(point.LogDetL, point.LogDetRX, residuals + modes.SphericalSquaredNorm, beta, point.FixedCrossProduct);
    }

    // lme4's VarCorr: Σ_b = σ²ΛΛ'.
    private static RandomEffectsSummary VarCorr(double[] theta, double sigma)
    {
        var (t1, t2, t3) = (theta[0], theta[1], theta[2]);
        var slope = Math.Sqrt((t2 * t2) + (t3 * t3));
        var correlation = t1 == 0 || slope == 0 ? double.NaN : Math.Sign(t1) * t2 / slope;
        return new RandomEffectsSummary(sigma * Math.Abs(t1), sigma * slope, correlation, sigma);
    }
}
