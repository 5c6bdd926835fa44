using MathNet.Numerics.Distributions;
using MndCare.Domain.Results;

namespace MndCare.Statistics.Survival;

/// <summary>The Cox proportional-hazards model with Efron's method for ties, fitted by Newton–Raphson as R's <c>coxph</c>.</summary>
/// <remarks>Cox DR. JRSS B 1972;34:187–220; Efron B. JASA 1977;72:557–565; R survival 3.5-3 (Therneau): coxph.fit and coxfit6.c
/// (centring and scaling, step-halving, convergence when |1 − ℓ_old/ℓ_new| ≤ eps), coxph.control defaults, summary.coxph (Wald
/// statistics). docs/statistics/survival.md.</remarks>
public static class CoxProportionalHazards
{
    /// <summary>The error code when no covariate is given.</summary>
    public const string NoCovariates = "noCovariates";

    /// <summary>The error code when no subject has an event, so there is no partial likelihood to maximise.</summary>
    public const string NoEvents = "noEvents";

    /// <summary>The error code for a covariate with the same value in every subject.</summary>
    public const string CovariateWithoutVariation = "covariateWithoutVariation";

    /// <summary>The error code when the information matrix is singular (collinear covariates, where R reports NA coefficients).</summary>
    public const string CollinearCovariates = "collinearCovariates";

    /// <summary>R's <c>coxph.control()$eps</c>: convergence when the relative change of the log-likelihood is at most this.</summary>
    public const double ConvergenceTolerance = 1e-9;

    /// <summary>R's <c>coxph.control()$iter.max</c>.</summary>
    public const int MaximumIterations = 20;

    /// <summary>Fits the model.</summary>
    /// <param name="time">Follow-up time of each subject (finite, ≥ 0).</param>
    /// <param name="eventObserved">True for an event, false for censoring.</param>
    /// <param name="covariates">One row per subject, one finite value per covariate.</param>
    /// <param name="names">The covariate names, one per column.</param>
    /// <returns>The fit, or validation errors (no events, no covariates, a covariate without variation, collinear covariates).</returns>
    public static Result<CoxFit> Fit(IReadOnlyList<double> time, IReadOnlyList<bool> eventObserved, IReadOnlyList<double[]> covariates,
        IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(eventObserved);
        ArgumentNullException.ThrowIfNull(covariates);
        ArgumentNullException.ThrowIfNull(names);
        var n = SurvivalInput.CheckTimes(time, eventObserved);
        CheckCovariates(covariates, n, names.Count);
        if (Validate(eventObserved, covariates, names) is { Count: > 0 } errors)
        {
            return Result<CoxFit>.Failure(errors);
        }
        var fixedTime = TimeTies.Merge([.. time]);
        var design = CoxDesign.Create(fixedTime, eventObserved, covariates, names.Count);
        var newton = CoxNewtonRaphson.Run(design);
        if (newton.Singular.Count > 0)
        {
            return new ValidationError("covariates", CollinearCovariates,
                $"The covariates are collinear (R reports no coefficient for {string.Join(", ", newton.Singular.Select(i => names[i]))}).");
        }
        var p = names.Count;
        var coefficients = new CoxCoefficient[p];
        for (var j = 0; j < p; j++)
        {
            coefficients[j] = Wald(names[j], newton.Beta[j], Math.Sqrt(newton.Variance[j, j]));
        }
        var offset = 0.0;
        for (var j = 0; j < p; j++)
        {
            offset += newton.Beta[j] * design.Means[j];
        }
        var linearPredictor = new double[n];
        for (var i = 0; i < n; i++)
        {
            var row = covariates[i];
            var value = 0.0;
            for (var j = 0; j < p; j++)
            {
                value += row[j] * newton.Beta[j];
            }
            linearPredictor[i] = value - offset;
        }
        var events = eventObserved.Count(e => e);
        var concordance = Concordance.Of(fixedTime, [.. eventObserved], linearPredictor);
        return new CoxFit(n, events, coefficients, newton.LogLikelihood, concordance, newton.Converged, newton.Iterations);
    }

    /// <summary>The Wald statistics of one coefficient as <c>summary(coxph(...))</c>: exp(β), exp(β ∓ z·SE), p = P(χ²₁ &gt; (β/SE)²).</summary>
    private static CoxCoefficient Wald(string name, double coef, double se) =>
        new(name, coef, se, Math.Exp(coef), Math.Exp(coef - (KaplanMeier.Z95 * se)), Math.Exp(coef + (KaplanMeier.Z95 * se)),
            2 * Normal.CDF(0, 1, -Math.Abs(coef / se)));

    private static void CheckCovariates(IReadOnlyList<double[]> covariates, int n, int p)
    {
        if (covariates.Count != n)
        {
            throw new ArgumentException("One covariate row per subject is required.", nameof(covariates));
        }
        foreach (var row in covariates)
        {
            if (row.Length != p)
            {
                throw new ArgumentException("Every covariate row has one value per name.", nameof(covariates));
            }
            if (!Array.TrueForAll(row, double.IsFinite))
            {
                throw new ArgumentOutOfRangeException(nameof(covariates), "Covariate values are finite numbers.");
            }
        }
    }

    private static List<Error> Validate(IReadOnlyList<bool> eventObserved, IReadOnlyList<double[]> covariates, IReadOnlyList<string> names)
    {
        var errors = new List<Error>();
        if (names.Count == 0)
        {
            errors.Add(new ValidationError("covariates", NoCovariates, "The Cox model needs at least one covariate."));
        }
        if (!eventObserved.Contains(true))
        {
            errors.Add(new ValidationError("event", NoEvents, "No subject has an event, so the Cox model cannot be fitted."));
        }
        for (var j = 0; j < names.Count && covariates.Count > 0; j++)
        {
            var first = covariates[0][j];
            if (covariates.All(row => row[j] == first))
            {
                errors.Add(new ValidationError(names[j], CovariateWithoutVariation, $"The covariate {names[j]} has the same value for every subject."));
            }
        }
        return errors;
    }
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
