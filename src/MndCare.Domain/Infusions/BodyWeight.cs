using System.Globalization;
using MndCare.Domain.Consultations;
using MndCare.Domain.Results;

namespace MndCare.Domain.Infusions;

/// <summary>A body weight in kilograms, within the range a person with MND can weigh.</summary>
/// <remarks>20-300 kg, the same plausible range the consultation questionnaire accepts (<see cref="QuestionnaireRules.MinWeightKg"/>):
/// it covers an adolescent with juvenile ALS and an adult with cachexia or obesity; values outside are typing or unit
/// slips (pounds for kilograms). docs/therapy/infusion.md, "Units".</remarks>
public readonly record struct BodyWeight
{
    private BodyWeight(decimal kilograms) => Kilograms = kilograms;

    /// <summary>The weight in kilograms.</summary>
    public decimal Kilograms { get; }

    /// <summary>A weight of 20-300 kg; error <c>outOfRange</c> on <c>weightKg</c>.</summary>
    /// <param name="kilograms">The weight in kilograms.</param>
    public static Result<BodyWeight> Create(decimal kilograms) =>
        kilograms is >= QuestionnaireRules.MinWeightKg and <= QuestionnaireRules.MaxWeightKg
            ? new BodyWeight(kilograms)
            : new ValidationError("weightKg", ValidationError.OutOfRange,
                $"weightKg must be from {QuestionnaireRules.MinWeightKg} to {QuestionnaireRules.MaxWeightKg} kilograms.");

    /// <inheritdoc/>
    public override string ToString() => Kilograms.ToString(CultureInfo.InvariantCulture) + " kg";
}
