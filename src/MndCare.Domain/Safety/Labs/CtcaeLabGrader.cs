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
            && LabUnits.ToGradingUnit(c.Value!.Value, c.Unit!) > CtcaeLabRows.FeverGrade2UpToCelsius)
        {
            errors.Add(Of("durationHours", MissingDuration, "Above 40.0 °C the grade depends on how long the fever lasted; the duration is missing."));
        }
        return errors;
    }

    // Tests graded against the ULN (value, ULN and baseline share one unit, so no conversion).
    private static int RaisedGrade(LabTest test, decimal v, decimal uln, decimal? baseline) => test switch
    {
        LabTest.Alt or LabTest.Ast => baseline > uln
            ? AboveBaseline(v, baseline.Value, CtcaeLabRows.AminotransferaseBaselineGrade1From, CtcaeLabRows.AminotransferaseOverBaseline)
            : Above(v, uln, CtcaeLabRows.AminotransferaseOverUln),
        LabTest.Alp or LabTest.Ggt => baseline > uln
            ? AboveBaseline(v, baseline.Value, CtcaeLabRows.PhosphataseBaselineGrade1From, CtcaeLabRows.PhosphataseOverBaseline)
            : Above(v, uln, CtcaeLabRows.PhosphataseOverUln),
        // Bilirubin's abnormal-baseline row starts just above the baseline, as its normal row starts just above the ULN.
        LabTest.Bilirubin => Above(v, baseline > uln ? baseline.Value : uln, CtcaeLabRows.Bilirubin),
        LabTest.Creatinine => Math.Max(Above(v, uln, CtcaeLabRows.CreatinineOverUln), baseline is { } b ? CreatinineAboveBaseline(v, b) : 0),
        LabTest.Ck => Above(v, uln, CtcaeLabRows.CreatineKinase),
        _ => throw new ArgumentOutOfRangeException(nameof(test), test, "Not graded against the ULN."),
    };

    // 0 at or below the reference; then grade 1-3 up to and including each multiple; grade 4 above the last.
    private static int Above(decimal v, decimal reference, RaisedRow row) =>
        v <= reference ? 0 : Band(v, reference, row);

    // Baseline abnormal: 0 below grade1From × baseline (that multiple is grade 1), then the row's bands.
    private static int AboveBaseline(decimal v, decimal baseline, decimal grade1From, RaisedRow row) =>
        v < grade1From * baseline ? 0 : Band(v, baseline, row);

    private static int Band(decimal v, decimal reference, RaisedRow row) =>
        v <= row.Grade1UpTo * reference ? 1 : v <= row.Grade2UpTo * reference ? 2 : v <= row.Grade3UpTo * reference ? 3 : 4;

    private static int CreatinineAboveBaseline(decimal v, decimal b) =>
        v > CtcaeLabRows.CreatinineBaselineGrade3Above * b ? 3 : v > CtcaeLabRows.CreatinineBaselineGrade2Above * b ? 2 : 0;

    // Counts (10*9/L) and haemoglobin (g/dL): 0 at or above the LLN, else the absolute band the value falls in.
    private static int LoweredGrade(LabTest test, decimal v, decimal lln) => v >= lln ? 0 : test switch
    {
        LabTest.Neutrophils => Below(v, CtcaeLabRows.Neutrophils),
        LabTest.Lymphocytes => Below(v, CtcaeLabRows.Lymphocytes),
        LabTest.Wbc => Below(v, CtcaeLabRows.WhiteCells),
        LabTest.Platelets => Below(v, CtcaeLabRows.Platelets),
        // Anaemia grade 4 is "life-threatening consequences": clinical, never from a value.
        LabTest.Hemoglobin => v >= CtcaeLabRows.HemoglobinGrade1From ? 1 : v >= CtcaeLabRows.HemoglobinGrade2From ? 2 : 3,
        _ => throw new ArgumentOutOfRangeException(nameof(test), test, "Not graded against the LLN."),
    };

    private static int Below(decimal v, LoweredRow row) =>
        v >= row.Grade1From ? 1 : v >= row.Grade2From ? 2 : v >= row.Grade3From ? 3 : 4;

    private static int FeverGrade(decimal celsius, decimal? hours) =>
        celsius < CtcaeLabRows.FeverGrade1FromCelsius ? 0
        : celsius <= CtcaeLabRows.FeverGrade1UpToCelsius ? 1
        : celsius <= CtcaeLabRows.FeverGrade2UpToCelsius ? 2
        : hours <= CtcaeLabRows.FeverGrade3UpToHours ? 3 : 4;
}
