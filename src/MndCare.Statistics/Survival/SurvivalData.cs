namespace MndCare.Statistics.Survival;

/// <summary>Right-censored survival data with covariates, one entry per usable subject, as read from a survival CSV.</summary>
/// <param name="Time">Follow-up time of each subject (finite, ≥ 0).</param>
/// <param name="Event">True for an event, false for censoring.</param>
/// <param name="Covariates">One row per subject, one value per name in <paramref name="CovariateNames"/>.</param>
/// <param name="CovariateNames">The covariate names, in column order (empty when there are none).</param>
/// <param name="SkippedRows">Rows left out because a time, event or covariate was missing or not a number.</param>
public sealed record SurvivalData(double[] Time, bool[] Event, double[][] Covariates, string[] CovariateNames, int SkippedRows)
{
    /// <summary>The number of usable subjects.</summary>
    public int Count => Time.Length;
}
