using MndCare.Domain.Results;

namespace MndCare.Statistics.Survival;

/// <summary>What <c>mndcare analyze survival</c> computes: the Kaplan–Meier curve of all usable subjects and, when there are covariates,
/// the Cox model on the same subjects (so both report the same n and events).</summary>
/// <remarks>docs/statistics/survival.md; statistics-contract.md ("Survival").</remarks>
public static class SurvivalAnalysis
{
    /// <summary>Runs both fits on <paramref name="data"/>.</summary>
    public static SurvivalAnalysisResult Run(SurvivalData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var curve = KaplanMeier.Fit(data.Time, data.Event);
        var cox = data.CovariateNames.Length == 0
            ? (Result<CoxFit>?)null
            : CoxProportionalHazards.Fit(data.Time, data.Event, data.Covariates, data.CovariateNames);
        return new SurvivalAnalysisResult(data, curve, cox);
    }
}

/// <summary>The fits of one survival data set.</summary>
/// <param name="Data">The data they were fitted to (n, events, skipped rows).</param>
/// <param name="KaplanMeier">The Kaplan–Meier curve with its median and 95% interval.</param>
/// <param name="Cox">The Cox fit or why it could not be fitted; null when the data have no covariates.</param>
public sealed record SurvivalAnalysisResult(SurvivalData Data, KaplanMeierCurve KaplanMeier, Result<CoxFit>? Cox);
