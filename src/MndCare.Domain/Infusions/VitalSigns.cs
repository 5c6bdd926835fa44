using System.Globalization;
using MndCare.Domain.Results;

namespace MndCare.Domain.Infusions;

/// <summary>One set of vital signs taken around an infusion, each value physically plausible and systolic ≥ diastolic.</summary>
/// <remarks>The six signs measured every 15 minutes during allogeneic hUC-MSC infusion in [S23] (therapy reference A5).
/// Plausibility limits: <see cref="VitalSignLimits"/>; normal ranges and fever: <see cref="VitalSignRanges"/>.
/// docs/therapy/infusion.md, "Vital signs".</remarks>
public sealed record VitalSigns
{
    /// <summary>API field of the time the signs were taken.</summary>
    public const string TakenAtField = "takenAt";

    /// <summary>API field of the temperature, °C.</summary>
    public const string TemperatureField = "temperatureCelsius";

    /// <summary>API field of the heart rate, beats/min.</summary>
    public const string HeartRateField = "heartRate";

    /// <summary>API field of the systolic pressure, mmHg.</summary>
    public const string SystolicField = "systolicMmHg";

    /// <summary>API field of the diastolic pressure, mmHg.</summary>
    public const string DiastolicField = "diastolicMmHg";

    /// <summary>API field of the respiratory rate, breaths/min.</summary>
    public const string RespiratoryRateField = "respiratoryRate";

    /// <summary>API field of the oxygen saturation, %.</summary>
    public const string Spo2Field = "spo2Percent";

    private VitalSigns()
    {
    }

    /// <summary>When the signs were taken.</summary>
    public DateTimeOffset TakenAt { get; private init; }

    /// <summary>Body temperature, °C.</summary>
    public decimal TemperatureCelsius { get; private init; }

    /// <summary>Heart rate, beats per minute.</summary>
    public int HeartRate { get; private init; }

    /// <summary>Systolic blood pressure, mmHg.</summary>
    public int SystolicMmHg { get; private init; }

    /// <summary>Diastolic blood pressure, mmHg.</summary>
    public int DiastolicMmHg { get; private init; }

    /// <summary>Respiratory rate, breaths per minute.</summary>
    public int RespiratoryRate { get; private init; }

    /// <summary>Oxygen saturation by pulse oximetry, %.</summary>
    public int Spo2Percent { get; private init; }

    /// <summary>Whether the temperature is a fever (≥ 38.0 °C, CTCAE); the next step can open an adverse-event draft from it.</summary>
    public bool IsFever => TemperatureCelsius >= VitalSignRanges.FeverThresholdCelsius;

    /// <summary>A validated set, or every problem: <c>implausible</c> per field outside <see cref="VitalSignLimits"/>,
    /// <c>systolicBelowDiastolic</c> on <c>diastolicMmHg</c>, <c>inFuture</c> on <c>takenAt</c>.</summary>
    /// <param name="takenAt">When they were taken; at most <see cref="Infusion.ClockSkew"/> after <paramref name="now"/>.</param>
    /// <param name="temperatureCelsius">Temperature, °C.</param>
    /// <param name="heartRate">Heart rate, beats/min.</param>
    /// <param name="systolicMmHg">Systolic pressure, mmHg.</param>
    /// <param name="diastolicMmHg">Diastolic pressure, mmHg.</param>
    /// <param name="respiratoryRate">Respiratory rate, breaths/min.</param>
    /// <param name="spo2Percent">SpO2, %.</param>
    /// <param name="now">The current time.</param>
    public static Result<VitalSigns> Create(DateTimeOffset takenAt, decimal temperatureCelsius, int heartRate, int systolicMmHg,
        int diastolicMmHg, int respiratoryRate, int spo2Percent, DateTimeOffset now)
    {
        var errors = new List<Error>();
        if (takenAt > now + Infusion.ClockSkew)
        {
            errors.Add(new ValidationError(TakenAtField, InfusionErrorCodes.InFuture, "takenAt is in the future."));
        }
        Check(errors, TemperatureField, temperatureCelsius, VitalSignLimits.MinTemperatureCelsius, VitalSignLimits.MaxTemperatureCelsius, "°C");
        Check(errors, HeartRateField, heartRate, VitalSignLimits.MinHeartRate, VitalSignLimits.MaxHeartRate, "/min");
        Check(errors, SystolicField, systolicMmHg, VitalSignLimits.MinSystolicMmHg, VitalSignLimits.MaxSystolicMmHg, "mmHg");
        Check(errors, DiastolicField, diastolicMmHg, VitalSignLimits.MinDiastolicMmHg, VitalSignLimits.MaxDiastolicMmHg, "mmHg");
        Check(errors, RespiratoryRateField, respiratoryRate, VitalSignLimits.MinRespiratoryRate, VitalSignLimits.MaxRespiratoryRate, "/min");
        Check(errors, Spo2Field, spo2Percent, VitalSignLimits.MinSpo2Percent, VitalSignLimits.MaxSpo2Percent, "%");
        if (systolicMmHg < diastolicMmHg)
        {
            errors.Add(new ValidationError(DiastolicField, InfusionErrorCodes.SystolicBelowDiastolic, "The systolic pressure is below the diastolic."));
        }
        if (errors.Count > 0)
        {
            return Result<VitalSigns>.Failure(errors);
        }
        return new VitalSigns
        {
            TakenAt = takenAt,
            TemperatureCelsius = temperatureCelsius,
            HeartRate = heartRate,
            SystolicMmHg = systolicMmHg,
            DiastolicMmHg = diastolicMmHg,
            RespiratoryRate = respiratoryRate,
            Spo2Percent = spo2Percent,
        };
    }

    private static void Check(List<Error> errors, string field, decimal value, decimal min, decimal max, string unit)
    {
        if (value < min || value > max)
        {
            errors.Add(new ValidationError(field, InfusionErrorCodes.Implausible,
                string.Create(CultureInfo.InvariantCulture, $"{field} must be from {min} to {max} {unit}.")));
        }
    }
}
