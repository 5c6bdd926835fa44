using MndCare.Domain.CellProducts;
using MndCare.Domain.Results;

namespace MndCare.Domain.Infusions;

/// <summary>An infusion's dose: ordered cells/kg and weight, the total cells, the whole units to thaw and the dose they deliver.</summary>
/// <remarks>Total cells = cells/kg × weight, rounded to a whole cell; units = ceiling(total / cells per unit). The nurse
/// gives whole units (a thawed unit cannot be kept or refrozen, and drawing part of a bag at the bedside adds an open
/// step and a volume calculation), so the order also states the delivered dose = units × cells per unit, which is at
/// least the ordered dose and at most one unit more. Both the ordered and the delivered cells/kg must lie in the
/// clinic's <see cref="DoseRange"/>. The weight must be the recorded measurement, no older than the clinic's limit at
/// the order time. docs/therapy/infusion.md, "Dose".</remarks>
public sealed record InfusionDose
{
    private InfusionDose(CellsPerKg ordered, WeightMeasurement weight, CellCount totalCells, CellCount cellsPerUnit, int units)
    {
        OrderedCellsPerKg = ordered;
        Weight = weight;
        TotalCells = totalCells;
        CellsPerUnit = cellsPerUnit;
        Units = units;
    }

    /// <summary>The dose the clinician ordered.</summary>
    public CellsPerKg OrderedCellsPerKg { get; }

    /// <summary>The recorded weight the dose uses.</summary>
    public WeightMeasurement Weight { get; }

    /// <summary>Ordered cells/kg × weight, rounded to a whole cell (the API's <c>totalCells</c>).</summary>
    public CellCount TotalCells { get; }

    /// <summary>The lot's cells per unit.</summary>
    public CellCount CellsPerUnit { get; }

    /// <summary>Whole units to thaw and give: ceiling(total / cells per unit) (the API's <c>units</c>).</summary>
    public int Units { get; }

    /// <summary>The cells the whole units hold: units × cells per unit.</summary>
    public CellCount DeliveredCells => CellsPerUnit.Times(Units);

    /// <summary>The delivered cells per kilogram: delivered cells / weight, not rounded.</summary>
    public decimal DeliveredCellsPerKg => DeliveredCells.Cells / Weight.Weight.Kilograms;

    /// <summary>Computes the dose, or every reason the order is refused.</summary>
    /// <param name="cellsPerKg">The ordered dose.</param>
    /// <param name="statedWeight">The weight written on the order (the API's <c>weightKg</c>).</param>
    /// <param name="latestWeight">The patient's most recent recorded weight; null when none is recorded.</param>
    /// <param name="cellsPerUnit">The lot's cells per unit.</param>
    /// <param name="orderedAt">When the order is placed.</param>
    /// <param name="policy">The clinic's dose range and weight age limit.</param>
    /// <returns>The dose; or <see cref="ValidationError"/> (<c>weightNotRecorded</c>, <c>weightDoesNotMatchRecord</c>,
    /// <c>inFuture</c>), <see cref="WeightTooOldError"/>, <see cref="DoseOutOfRangeError"/> (ordered, then delivered).</returns>
    public static Result<InfusionDose> Calculate(CellsPerKg cellsPerKg, BodyWeight statedWeight, WeightMeasurement? latestWeight,
        CellCount cellsPerUnit, DateTimeOffset orderedAt, InfusionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var errors = new List<Error>();
        if (latestWeight is null)
        {
            errors.Add(new ValidationError("weightKg", InfusionErrorCodes.WeightNotRecorded, "No weight is recorded for the patient; weigh the patient first."));
        }
        else
        {
            CheckWeight(statedWeight, latestWeight, orderedAt, policy.WeightMaxAge, errors);
        }
        if (!policy.DoseRange.Contains(cellsPerKg))
        {
            errors.Add(new DoseOutOfRangeError(DoseBasis.Ordered, cellsPerKg.Value, policy.DoseRange));
        }
        if (errors.Count > 0)
        {
            return Result<InfusionDose>.Failure(errors);
        }
        var total = CellCount.RoundFrom(cellsPerKg.Value * statedWeight.Kilograms);
        var dose = new InfusionDose(cellsPerKg, latestWeight!, total, cellsPerUnit, cellsPerUnit.UnitsToHold(total));
        var delivered = CellsPerKg.Create(dose.DeliveredCellsPerKg);
        if (!delivered.IsSuccess || !policy.DoseRange.Contains(delivered.Value))
        {
            return new DoseOutOfRangeError(DoseBasis.Delivered, dose.DeliveredCellsPerKg, policy.DoseRange);
        }
        return dose;
    }

    private static void CheckWeight(BodyWeight stated, WeightMeasurement latest, DateTimeOffset orderedAt, TimeSpan maxAge, List<Error> errors)
    {
        if (stated != latest.Weight)
        {
            errors.Add(new ValidationError("weightKg", InfusionErrorCodes.WeightDoesNotMatchRecord,
                $"weightKg must be the recorded weight of {latest.Weight}."));
        }
        var age = orderedAt - latest.MeasuredAt;
        if (age < TimeSpan.Zero)
        {
            errors.Add(new ValidationError("weightKg", InfusionErrorCodes.InFuture, "The recorded weight is dated after the order."));
        }
        else if (age > maxAge)
        {
            errors.Add(new WeightTooOldError(latest.MeasuredAt, age, maxAge));
        }
    }
}
