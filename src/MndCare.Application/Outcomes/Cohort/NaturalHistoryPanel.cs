using MndCare.Application.Outcomes.Patients;
using MndCare.Statistics.Survival;

namespace MndCare.Application.Outcomes.Cohort;

/// <summary>Observed against ENCALS-predicted event-free survival at one horizon from onset.</summary>
/// <param name="Months">Months since onset.</param>
/// <param name="Observed">The Kaplan–Meier estimate with its 95% interval; null without a curve.</param>
/// <param name="MeanPredicted">The mean of the patients' ENCALS S(t); null without a prediction.</param>
public sealed record HorizonComparison(double Months, KaplanMeierStep? Observed, double? MeanPredicted);

/// <summary>The mean ENCALS-predicted event-free survival at one time (the chart's curve).</summary>
/// <param name="Months">Months since onset.</param>
/// <param name="MeanSurvival">Mean predicted S(t).</param>
public sealed record PredictedPoint(double Months, double MeanSurvival);

/// <summary>The natural-history comparison: the cohort's observed event-free survival against the ENCALS model's prediction for the same
/// patients (from their baseline predictors), and the cohort's ALSFRS-R slope against the population's.</summary>
/// <param name="PatientsWithPrediction">Patients with every ENCALS predictor at baseline and a survival time.</param>
/// <param name="PatientsWithoutPrediction">Selected patients without (a missing predictor is never imputed).</param>
/// <param name="Events">Events among the patients with a prediction.</param>
/// <param name="Observed">Kaplan–Meier of the patients with a prediction; null when there are none.</param>
/// <param name="Horizons">The comparison at 12 and 24 months.</param>
/// <param name="Predicted">The mean predicted curve, month by month.</param>
public sealed record NaturalHistoryPanel(int PatientsWithPrediction, int PatientsWithoutPrediction, int Events, KaplanMeierCurve? Observed,
    IReadOnlyList<HorizonComparison> Horizons, IReadOnlyList<PredictedPoint> Predicted)
{
    /// <summary>The horizons compared, months since onset (issue 10: 12 and 24 months).</summary>
    public static readonly IReadOnlyList<double> HorizonMonths = [12, 24];

    /// <summary>The population the cohort's ALSFRS-R slope is set against: PRECISION-ALS (van Eijk 2025 [S68]), as on each patient's outcome page.</summary>
    public static PopulationDecline Population => PopulationDecline.PrecisionAls;

    private const int CurveMonths = 72;

    /// <summary>Compares the observed curve of the patients with a prediction with their mean predicted curve.</summary>
    public static NaturalHistoryPanel Of(IReadOnlyList<CohortPatient> patients)
    {
        ArgumentNullException.ThrowIfNull(patients);
        var predicted = patients.Where(p => p.Encals is not null && p.SurvivalMonths is not null).ToList();
        var curve = predicted.Count > 0 ? KaplanMeier.Fit([.. predicted.Select(p => p.SurvivalMonths!.Value)], [.. predicted.Select(p => p.HadEvent)]) : null;
        double? Mean(double months) => predicted.Count > 0 ? predicted.Average(p => p.Encals!.Survival(months)) : null;
        var horizons = HorizonMonths.Select(h => new HorizonComparison(h, curve?.At(h), Mean(h))).ToList();
        var points = predicted.Count > 0
            ? Enumerable.Range(0, CurveMonths + 1).Select(m => new PredictedPoint(m, Mean(m)!.Value)).ToList()
            : [];
        return new NaturalHistoryPanel(predicted.Count, patients.Count - predicted.Count, predicted.Count(p => p.HadEvent), curve, horizons, points);
    }
}
