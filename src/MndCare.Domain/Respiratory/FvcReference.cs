using MndCare.Domain.Results;

namespace MndCare.Domain.Respiratory;

/// <summary>A person's predicted forced vital capacity and its lower limit of normal, in litres.</summary>
/// <remarks>Units are in the member names: litres (<c>Liters</c>) and percent. % predicted = 100 · observed / predicted
/// (Decision 12, docs/instruments/decided-readings.md). The type does not depend on the equation set, so a GLI equation can
/// produce it too.</remarks>
public sealed record FvcReference
{
    /// <summary>Lowest observed FVC accepted, in litres.</summary>
    public const double MinObservedLiters = 0.1;

    /// <summary>Highest observed FVC accepted, in litres.</summary>
    public const double MaxObservedLiters = 10;

    /// <summary>Percent per unit ratio.</summary>
    private const double Percent = 100;

    internal FvcReference(FvcReferenceEquation equation, double predictedLiters, double lowerLimitLiters, bool extrapolated)
    {
        Equation = equation;
        PredictedLiters = predictedLiters;
        LowerLimitLiters = lowerLimitLiters;
        Extrapolated = extrapolated;
    }

    /// <summary>The reference equation set that produced the values.</summary>
    public FvcReferenceEquation Equation { get; }

    /// <summary>Predicted FVC, in litres.</summary>
    public double PredictedLiters { get; }

    /// <summary>Lower limit of normal of the FVC, in litres.</summary>
    public double LowerLimitLiters { get; }

    /// <summary>True when the person lies outside the population the equation was derived from (for Hankinson, ages 8-80).</summary>
    public bool Extrapolated { get; }

    /// <summary>The observed FVC as a percentage of the predicted FVC: 100 · observed / predicted.</summary>
    /// <param name="observedLiters">The observed FVC in litres, 0.1 to 10.</param>
    /// <returns>The percentage, not rounded; error <c>outOfRange</c> on field <c>fvcLiters</c> outside 0.1-10 L.</returns>
    public Result<double> PercentPredicted(double observedLiters)
    {
        if (observedLiters is not (>= MinObservedLiters and <= MaxObservedLiters))
        {
            return new ValidationError("fvcLiters", ValidationError.OutOfRange, "The observed FVC must be a number from 0.1 to 10 litres.");
        }
        return Percent * observedLiters / PredictedLiters;
    }
}
