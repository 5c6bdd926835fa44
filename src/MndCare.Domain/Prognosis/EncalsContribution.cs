namespace MndCare.Domain.Prognosis;

/// <summary>One predictor's term β·x in the ENCALS linear predictor.</summary>
/// <remarks>Westeneng H-J et al. Lancet Neurol 2018;17:423-433; transformations and coefficients from the public ENCALS
/// code [C] (docs/instruments/encals.md). The terms sum to <see cref="EncalsPrediction.LinearPredictor"/>.</remarks>
/// <param name="Predictor">The predictor's API name (<see cref="EncalsPredictors.Names"/>).</param>
/// <param name="TransformedValue">The transformed value x entered in the model (1 or 0 for yes/no predictors).</param>
/// <param name="Coefficient">The model coefficient β.</param>
public readonly record struct EncalsContribution(string Predictor, double TransformedValue, double Coefficient)
{
    /// <summary>The term β·x; positive terms worsen the prognosis.</summary>
    public double Contribution => Coefficient * TransformedValue;
}
