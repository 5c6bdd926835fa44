using MndCare.Domain.Results;

namespace MndCare.Statistics.Survival;

/// <summary>The Cox proportional-hazards model with Efron's method for ties, fitted by Newton–Raphson as R's <c>coxph</c>.</summary>
/// <remarks>Cox DR. JRSS B 1972;34:187–220; Efron B. JASA 1977;72:557–565; R survival 3.5-3 (Therneau). docs/statistics/survival.md.</remarks>
public static class CoxProportionalHazards
{
    /// <summary>Fits the model.</summary>
    /// <param name="time">Follow-up time of each subject.</param>
    /// <param name="eventObserved">True for an event, false for censoring.</param>
    /// <param name="covariates">One row per subject, one column per covariate.</param>
    /// <param name="names">The covariate names, one per column.</param>
    /// <returns>The fit, or validation errors (no events, no covariates, a covariate without variation).</returns>
    public static Result<CoxFit> Fit(IReadOnlyList<double> time, IReadOnlyList<bool> eventObserved, IReadOnlyList<double[]> covariates,
        IReadOnlyList<string> names) => throw new NotImplementedException("issue 10: the survival engine");
}

/// <summary>A fitted Cox model.</summary>
/// <param name="N">Subjects.</param>
/// <param name="Events">Events.</param>
/// <param name="Coefficients">One per covariate, in input order.</param>
/// <param name="LogLikelihood">The final partial log-likelihood.</param>
/// <param name="Concordance">Harrell's C as <c>summary(fit)$concordance[1]</c>.</param>
/// <param name="Converged">True when Newton–Raphson met R's convergence test.</param>
/// <param name="Iterations">Newton–Raphson iterations.</param>
public sealed record CoxFit(int N, int Events, IReadOnlyList<CoxCoefficient> Coefficients, double LogLikelihood, double Concordance, bool Converged,
    int Iterations);

/// <summary>One Cox coefficient with its Wald statistics, as <c>summary(coxph(...))</c>.</summary>
/// <param name="Name">The covariate name.</param>
/// <param name="Coef">β.</param>
/// <param name="Se">Its standard error.</param>
/// <param name="HazardRatio">exp(β).</param>
/// <param name="Lower95">exp(β − 1.96 SE).</param>
/// <param name="Upper95">exp(β + 1.96 SE).</param>
/// <param name="P">Two-sided Wald p-value.</param>
public sealed record CoxCoefficient(string Name, double Coef, double Se, double HazardRatio, double Lower95, double Upper95, double P);
