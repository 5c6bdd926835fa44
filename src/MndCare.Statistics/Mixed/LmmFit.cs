namespace MndCare.Statistics.Mixed;

/// <summary>A fitted linear mixed model of trajectories with a random intercept and slope per patient.</summary>
/// <param name="NObservations">Observations used.</param>
/// <param name="NGroups">Patients (groups) with at least one observation.</param>
/// <param name="FixedEffects">"(Intercept)", "months" and, when present, "post_months", in that order.</param>
/// <param name="RandomEffects">Standard deviations and correlation of the random effects, and the residual SD (lme4's VarCorr).</param>
/// <param name="RemlCriterion">−2 × the REML log-likelihood, as lme4's REMLcrit().</param>
/// <param name="Converged">True when the optimiser met its convergence tests.</param>
/// <param name="Iterations">Objective evaluations the optimiser used.</param>
public sealed record LmmFit(int NObservations, int NGroups, IReadOnlyList<FixedEffect> FixedEffects, RandomEffectsSummary RandomEffects,
    double RemlCriterion, bool Converged, int Iterations)
{
    /// <summary>True when the optimum lies on the boundary (a random-effect variance of 0 or a correlation of ±1), as lme4's
    /// <c>isSingular()</c>: the estimates are still the REML optimum, but the random-effects structure is more than the data support.</summary>
    public bool Singular { get; init; }

    /// <summary>The fixed effect named <paramref name="name"/>, or null.</summary>
    public FixedEffect? Effect(string name) => FixedEffects.FirstOrDefault(e => e.Name == name);
}

/// <summary>One fixed-effect estimate with lme4's standard error.</summary>
/// <param name="Name">The coefficient's name as R prints it.</param>
/// <param name="Estimate">The estimate.</param>
/// <param name="StandardError">sqrt of the diagonal of vcov() at the optimum.</param>
public sealed record FixedEffect(string Name, double Estimate, double StandardError)
{
    /// <summary>The Wald interval estimate ± z·SE, as R's <c>confint(fit, method = "Wald")</c>.</summary>
    /// <param name="level">Confidence level, 0.95 by default.</param>
    public (double Lower, double Upper) WaldInterval(double level = 0.95)
    {
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
        return (Estimate - (z * StandardError), Estimate + (z * StandardError));
    }
}

/// <summary>lme4's VarCorr(): the random-effect standard deviations, their correlation and the residual SD.</summary>
/// <param name="SdIntercept">SD of the patients' intercepts.</param>
/// <param name="SdSlope">SD of the patients' slopes on months.</param>
/// <param name="Correlation">Correlation of intercept and slope (NaN when either SD is 0).</param>
/// <param name="SdResidual">Residual SD.</param>
public sealed record RandomEffectsSummary(double SdIntercept, double SdSlope, double Correlation, double SdResidual);
