using MndCare.Domain.Results;

namespace MndCare.Domain.Infusions;

/// <summary>The normal ranges vital signs are flagged against, and the fever threshold.</summary>
/// <remarks>Defaults: the score-0 bands of NEWS2 (Royal College of Physicians 2017) for heart rate 51-90/min, systolic
/// 111-219 mmHg, respiratory rate 12-20/min, SpO2 ≥ 96 % (scale 1) and temperature ≥ 36.1 °C; fever from 38.0 °C, the
/// grade-1 floor of CTCAE Fever (v5.0 and v6.0, therapy reference C2 [S32][S32b], ctcae-lab-grading reference); diastolic
/// 60-90 mmHg is a design default. The fever threshold is fixed because adverse-event grading depends on it; the other
/// ranges are the clinic's (a patient on SpO2 scale 2 needs 88-92 %). docs/therapy/infusion.md, "Vital signs".</remarks>
public sealed record VitalSignRanges
{
    /// <summary>Fever from this temperature, inclusive: CTCAE Fever grade 1 is 38.0-39.0 °C [S32][S32b].</summary>
    public const decimal FeverThresholdCelsius = 38.0m;

    /// <summary>NEWS2: 36.1 °C and above scores 0 (below is low).</summary>
    public const decimal News2LowestNormalTemperatureCelsius = 36.1m;

    private VitalSignRanges(decimal lowestNormalTemperatureCelsius, VitalSignRange heartRate, VitalSignRange systolicMmHg,
        VitalSignRange diastolicMmHg, VitalSignRange respiratoryRate, VitalSignRange spo2Percent)
    {
        LowestNormalTemperatureCelsius = lowestNormalTemperatureCelsius;
        HeartRate = heartRate;
        SystolicMmHg = systolicMmHg;
        DiastolicMmHg = diastolicMmHg;
        RespiratoryRate = respiratoryRate;
        Spo2Percent = spo2Percent;
    }

    /// <summary>NEWS2 score-0 bands (scale 1), CTCAE fever, diastolic 60-90 mmHg.</summary>
    public static VitalSignRanges Default { get; } = new(News2LowestNormalTemperatureCelsius, new(51, 90), new(111, 219), new(60, 90),
        new(12, 20), new(96, VitalSignLimits.MaxSpo2Percent));

    /// <summary>Temperatures below this are flagged low, °C.</summary>
    public decimal LowestNormalTemperatureCelsius { get; }

    /// <summary>Normal heart rate, beats/min.</summary>
    public VitalSignRange HeartRate { get; }

    /// <summary>Normal systolic pressure, mmHg.</summary>
    public VitalSignRange SystolicMmHg { get; }

    /// <summary>Normal diastolic pressure, mmHg.</summary>
    public VitalSignRange DiastolicMmHg { get; }

    /// <summary>Normal respiratory rate, breaths/min.</summary>
    public VitalSignRange RespiratoryRate { get; }

    /// <summary>Normal SpO2, %.</summary>
    public VitalSignRange Spo2Percent { get; }

    /// <summary>A clinic's ranges: each low not above its high and both within the plausible limits; the low temperature
    /// below the fever threshold. Error <c>outOfRange</c> on the first range that breaks this.</summary>
    public static Result<VitalSignRanges> Create(decimal lowestNormalTemperatureCelsius, VitalSignRange heartRate, VitalSignRange systolicMmHg,
        VitalSignRange diastolicMmHg, VitalSignRange respiratoryRate, VitalSignRange spo2Percent)
    {
        if (lowestNormalTemperatureCelsius is not (>= VitalSignLimits.MinTemperatureCelsius and < FeverThresholdCelsius))
        {
            return Invalid(VitalSigns.TemperatureField);
        }
        (string Field, VitalSignRange Range, int Min, int Max)[] ranges =
        [
            (VitalSigns.HeartRateField, heartRate, VitalSignLimits.MinHeartRate, VitalSignLimits.MaxHeartRate),
            (VitalSigns.SystolicField, systolicMmHg, VitalSignLimits.MinSystolicMmHg, VitalSignLimits.MaxSystolicMmHg),
            (VitalSigns.DiastolicField, diastolicMmHg, VitalSignLimits.MinDiastolicMmHg, VitalSignLimits.MaxDiastolicMmHg),
            (VitalSigns.RespiratoryRateField, respiratoryRate, VitalSignLimits.MinRespiratoryRate, VitalSignLimits.MaxRespiratoryRate),
            (VitalSigns.Spo2Field, spo2Percent, VitalSignLimits.MinSpo2Percent, VitalSignLimits.MaxSpo2Percent),
        ];
        foreach (var (field, range, min, max) in ranges)
        {
            if (range.Low < min || range.High > max || range.Low > range.High)
            {
                return Invalid(field);
            }
        }
        return new VitalSignRanges(lowestNormalTemperatureCelsius, heartRate, systolicMmHg, diastolicMmHg, respiratoryRate, spo2Percent);
    }

    /// <summary>Every vital sign of <paramref name="signs"/> outside its normal range, in API field order.</summary>
    /// <param name="signs">A validated reading.</param>
    public IReadOnlyList<VitalSignFlag> Flags(VitalSigns signs)
    {
        ArgumentNullException.ThrowIfNull(signs);
        var flags = new List<VitalSignFlag>();
        var t = signs.TemperatureCelsius;
        if (t < LowestNormalTemperatureCelsius || t >= FeverThresholdCelsius)
        {
            flags.Add(new VitalSignFlag(VitalSigns.TemperatureField, t < LowestNormalTemperatureCelsius ? VitalSignDirection.Low : VitalSignDirection.High, t));
        }
        AddFlag(flags, VitalSigns.HeartRateField, HeartRate, signs.HeartRate);
        AddFlag(flags, VitalSigns.SystolicField, SystolicMmHg, signs.SystolicMmHg);
        AddFlag(flags, VitalSigns.DiastolicField, DiastolicMmHg, signs.DiastolicMmHg);
        AddFlag(flags, VitalSigns.RespiratoryRateField, RespiratoryRate, signs.RespiratoryRate);
        AddFlag(flags, VitalSigns.Spo2Field, Spo2Percent, signs.Spo2Percent);
        return flags;
    }

    private static void AddFlag(List<VitalSignFlag> flags, string field, VitalSignRange range, int value)
    {
        if (range.Judge(value) is { } direction)
        {
            flags.Add(new VitalSignFlag(field, direction, value));
        }
    }

    private static ValidationError Invalid(string field) =>
        new(field, ValidationError.OutOfRange, $"The normal range of {field} must lie within the plausible limits, low not above high.");
}
