using MndCare.Domain.Explanations;

namespace MndCare.Domain.Prognosis;

/// <summary>A personalised ENCALS prediction: linear predictor, survival curve and median time from onset.</summary>
/// <remarks>The event is non-invasive ventilation for more than 23 h per day, tracheostomy or death; time runs from
/// symptom onset in months (Decision 1). Westeneng H-J et al. Lancet Neurol 2018;17:423-433; formula [C], see
/// <see cref="EncalsModel"/>.</remarks>
public sealed record EncalsPrediction
{
    internal EncalsPrediction(EncalsPredictors predictors, double linearPredictor, double? medianMonthsFromOnset, IReadOnlyList<ClinicalReason> notes)
    {
        Predictors = predictors;
        LinearPredictor = linearPredictor;
        MedianMonthsFromOnset = medianMonthsFromOnset;
        Notes = notes;
    }

    /// <summary>The predictors the prediction was made from.</summary>
    public EncalsPredictors Predictors { get; }

    /// <summary>The linear predictor LP = Σ β·x; higher means a worse prognosis.</summary>
    public double LinearPredictor { get; }

    /// <summary>Months from onset at which S(t) = 0.5, solved on continuous t; null when outside 0.001-1200 months (see <see cref="Notes"/>).</summary>
    public double? MedianMonthsFromOnset { get; }

    /// <summary>Informational notes that are not errors, such as <see cref="EncalsModel.MedianBeyondSearchNote"/>.</summary>
    public IReadOnlyList<ClinicalReason> Notes { get; }

    /// <summary>Each predictor's term of the linear predictor, in the order of <see cref="EncalsPredictors.Create"/>; built on each access.</summary>
    public IReadOnlyList<EncalsContribution> Contributions => EncalsModel.Contributions(Predictors);

    /// <summary>Probability of being free of the composite endpoint at <paramref name="monthsFromOnset"/>: 1 / (1 + exp(s(ln t) + LP)).</summary>
    /// <param name="monthsFromOnset">Months since symptom onset, 0 or more and finite (S(0) = 1).</param>
    public double Survival(double monthsFromOnset) => EncalsModel.Survival(LinearPredictor, monthsFromOnset);
}
