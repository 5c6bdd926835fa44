using MndCare.Domain.Results;
using static MndCare.Domain.Safety.Labs.LabGradingErrors;

namespace MndCare.Domain.Safety.Labs;

/// <summary>Grades a laboratory value or temperature by CTCAE v5.0.</summary>
/// <remarks>Common Terminology Criteria for Adverse Events v5.0, NCI, 27 Nov 2017 (Investigations; Blood and lymphatic
/// system disorders; General disorders: Fever). Boundaries as CTCAE writes them: "&gt;ULN - 3.0 x ULN" includes 3.0×ULN,
/// "&lt;LLN - 1.5 x 10e9/L" includes 1.5. Comparisons multiply limits (decimal) so exact boundaries never round.
/// Rows restated in docs/instruments/grade-contract.md.</remarks>
public static class CtcaeLabGrader
{
    /// <summary>Largest value, limit, baseline or duration accepted; no laboratory reports more, and rows multiply by up to 20.</summary>
    public const decimal LargestQuantity = 1_000_000_000_000_000m;

    /// <summary>Temperature (°C) from which fever is grade 1 (CTCAE v5.0 Fever: 38.0 - 39.0 °C).</summary>
    public const decimal FeverGrade1FromCelsius = 38.0m;

    /// <summary>Temperature (°C) up to which fever is grade 1 (CTCAE v5.0 Fever).</summary>
    public const decimal FeverGrade1UpToCelsius = 39.0m;

    /// <summary>Temperature (°C) up to which fever is grade 2 (CTCAE v5.0 Fever: &gt;39.0 - 40.0 °C).</summary>
    public const decimal FeverGrade2UpToCelsius = 40.0m;

    /// <summary>Hours above 40.0 °C up to which fever is grade 3, beyond which grade 4 (CTCAE v5.0 Fever).</summary>
    public const decimal FeverGrade3UpToHours = 24m;

    /// <summary>Grades <paramref name="labCase"/>, or says why it cannot be graded (every problem found).</summary>
    /// <param name="labCase">The value as entered.</param>
    public static Result<LabGrade> Grade(LabCase labCase)
    {
        ArgumentNullException.ThrowIfNull(labCase);
        if (LabTests.FromWireName(labCase.Test) is not { } test)
        {
            return Of("test", UnknownTest, $"\"{labCase.Test}\" is not a graded test.");
        }
        var errors = Validate(test, labCase);
        if (errors.Count > 0)
        {
            return Result<LabGrade>.Failure(errors);
        }
        var unit = labCase.Unit!;
        var value = LabUnits.ToGradingUnit(labCase.Value!.Value, unit);
        var grade = test.Limit() switch
        {
            LimitKind.Upper => RaisedGrade(test, value, labCase.UpperLimitOfNormal!.Value, labCase.Baseline),
            LimitKind.Lower => LoweredGrade(test, value, LabUnits.ToGradingUnit(labCase.LowerLimitOfNormal!.Value, unit)),
            LimitKind.None => FeverGrade(value, labCase.DurationHours),
            _ => throw new InvalidOperationException("Unknown limit kind."),
        };
        return new LabGrade(test.Term(), grade, LabTests.CtcaeVersion);
    }

    private static List<Error> Validate(LabTest test, LabCase c)
    {
        var errors = new List<Error>();
        if (c.Unit is null || !LabUnits.Allowed(test).Contains(c.Unit))
        {
            errors.Add(Of("unit", UnitNotAllowed, $"{test.WireName()} takes {string.Join(", ", LabUnits.Allowed(test))}, not \"{c.Unit}\"."));
        }
        if (c.Value is not { } value)
        {
            errors.Add(Of("value", MissingValue, "The value is missing."));
        }
        else if (value < 0)
        {
            errors.Add(Of("value", NegativeValue, "The value is negative."));
        }
        var (limitField, limit) = test.Limit() switch
        {
            LimitKind.Upper => ("upperLimitOfNormal", c.UpperLimitOfNormal),
            LimitKind.Lower => ("lowerLimitOfNormal", c.LowerLimitOfNormal),
            _ => (null, null),
        };
        if (limitField is not null && limit is null)
        {
            errors.Add(Of(limitField, MissingLimit, $"{test.WireName()} is graded against its {limitField}, which is missing."));
        }
        else if (limitField is not null && limit <= 0)
        {
            errors.Add(Of(limitField, NonPositiveLimit, $"The {limitField} must be above zero."));
        }
        if (c.Baseline <= 0)
        {
            errors.Add(Of("baseline", NonPositiveBaseline, "The baseline must be above zero."));
        }
        if (c.DurationHours < 0)
        {
            errors.Add(Of("durationHours", NegativeDuration, "The duration is negative."));
        }
        foreach (var (field, quantity) in new[] { ("value", c.Value), ("upperLimitOfNormal", c.UpperLimitOfNormal),
            ("lowerLimitOfNormal", c.LowerLimitOfNormal), ("baseline", c.Baseline), ("durationHours", c.DurationHours) })
        {
            if (quantity > LargestQuantity)
            {
                errors.Add(Of(field, OutOfRange, $"The {field} is larger than any laboratory reports."));
            }
        }
        if (errors.Count == 0 && test == LabTest.Temperature && c.DurationHours is null
            && LabUnits.ToGradingUnit(c.Value!.Value, c.Unit!) > FeverGrade2UpToCelsius)
        {
            errors.Add(Of("durationHours", MissingDuration, "Above 40.0 °C the grade depends on how long the fever lasted; the duration is missing."));
        }
        return errors;
    }

    // Tests graded against the ULN (value, ULN and baseline share one unit, so no conversion).
    private static int RaisedGrade(LabTest test, decimal v, decimal uln, decimal? baseline) => test switch
    {
        LabTest.Alt or LabTest.Ast => baseline > uln
            ? AboveBaseline(v, baseline.Value, zeroBelow: 1.5m, g1: 3.0m, g2: 5.0m, g3: 20.0m)
            : AboveUln(v, uln, g1: 3.0m, g2: 5.0m, g3: 20.0m),
        LabTest.Alp or LabTest.Ggt => baseline > uln
            ? AboveBaseline(v, baseline.Value, zeroBelow: 2.0m, g1: 2.5m, g2: 5.0m, g3: 20.0m)
            : AboveUln(v, uln, g1: 2.5m, g2: 5.0m, g3: 20.0m),
        LabTest.Bilirubin => baseline > uln ? BilirubinAboveBaseline(v, baseline.Value) : AboveUln(v, uln, g1: 1.5m, g2: 3.0m, g3: 10.0m),
        LabTest.Creatinine => Math.Max(AboveUln(v, uln, g1: 1.5m, g2: 3.0m, g3: 6.0m), baseline is { } b ? CreatinineAboveBaseline(v, b) : 0),
        LabTest.Ck => AboveUln(v, uln, g1: 2.5m, g2: 5.0m, g3: 10.0m),
        _ => throw new ArgumentOutOfRangeException(nameof(test), test, "Not graded against the ULN."),
    };

    // Baseline normal: G1 >ULN - g1×ULN; G2 >g1 - g2×ULN; G3 >g2 - g3×ULN; G4 >g3×ULN.
    private static int AboveUln(decimal v, decimal uln, decimal g1, decimal g2, decimal g3) =>
        v <= uln ? 0 : v <= g1 * uln ? 1 : v <= g2 * uln ? 2 : v <= g3 * uln ? 3 : 4;

    // Baseline abnormal: 0 below zeroBelow×baseline; G1 zeroBelow - g1×baseline (both included); then as above.
    private static int AboveBaseline(decimal v, decimal b, decimal zeroBelow, decimal g1, decimal g2, decimal g3) =>
        v < zeroBelow * b ? 0 : v <= g1 * b ? 1 : v <= g2 * b ? 2 : v <= g3 * b ? 3 : 4;

    // Bilirubin, baseline abnormal: G1 >1.0 - 1.5×baseline; G2 >1.5 - 3.0; G3 >3.0 - 10.0; G4 >10.0.
    private static int BilirubinAboveBaseline(decimal v, decimal b) =>
        v <= b ? 0 : v <= 1.5m * b ? 1 : v <= 3.0m * b ? 2 : v <= 10.0m * b ? 3 : 4;

    // Creatinine against baseline: G2 >1.5 - 3.0×baseline; G3 >3.0×baseline; no grade 1 or 4 row.
    private static int CreatinineAboveBaseline(decimal v, decimal b) => v <= 1.5m * b ? 0 : v <= 3.0m * b ? 2 : 3;

    // Counts (10*9/L) and haemoglobin (g/dL): 0 at or above the LLN, else the absolute band the value falls in.
    private static int LoweredGrade(LabTest test, decimal v, decimal lln) => v >= lln ? 0 : test switch
    {
        LabTest.Neutrophils => Band(v, g1From: 1.5m, g2From: 1.0m, g3From: 0.5m),
        LabTest.Lymphocytes => Band(v, g1From: 0.8m, g2From: 0.5m, g3From: 0.2m),
        LabTest.Wbc => Band(v, g1From: 3.0m, g2From: 2.0m, g3From: 1.0m),
        LabTest.Platelets => Band(v, g1From: 75m, g2From: 50m, g3From: 25m),
        // Anaemia grade 4 is "life-threatening consequences": clinical, never from a value.
        LabTest.Hemoglobin => v >= 10.0m ? 1 : v >= 8.0m ? 2 : 3,
        _ => throw new ArgumentOutOfRangeException(nameof(test), test, "Not graded against the LLN."),
    };

    private static int Band(decimal v, decimal g1From, decimal g2From, decimal g3From) =>
        v >= g1From ? 1 : v >= g2From ? 2 : v >= g3From ? 3 : 4;

    private static int FeverGrade(decimal celsius, decimal? hours) =>
        celsius < FeverGrade1FromCelsius ? 0
        : celsius <= FeverGrade1UpToCelsius ? 1
        : celsius <= FeverGrade2UpToCelsius ? 2
        : hours <= FeverGrade3UpToHours ? 3 : 4;
}
