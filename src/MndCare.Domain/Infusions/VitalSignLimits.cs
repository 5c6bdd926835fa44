namespace MndCare.Domain.Infusions;

/// <summary>The physically plausible limits of each vital sign; a value outside is refused as a typing or unit slip.</summary>
/// <remarks>Design limits (not a published source): wide enough that every reading of a person who can sit through an
/// infusion is accepted, however abnormal, and narrow enough to catch Fahrenheit typed as Celsius (98.6), a lost decimal
/// point (370) or swapped fields. docs/therapy/infusion.md, "Vital signs".</remarks>
public static class VitalSignLimits
{
    /// <summary>Lowest accepted temperature, °C.</summary>
    public const decimal MinTemperatureCelsius = 25.0m;

    /// <summary>Highest accepted temperature, °C.</summary>
    public const decimal MaxTemperatureCelsius = 45.0m;

    /// <summary>Lowest accepted heart rate, beats/min.</summary>
    public const int MinHeartRate = 20;

    /// <summary>Highest accepted heart rate, beats/min.</summary>
    public const int MaxHeartRate = 250;

    /// <summary>Lowest accepted systolic pressure, mmHg.</summary>
    public const int MinSystolicMmHg = 40;

    /// <summary>Highest accepted systolic pressure, mmHg.</summary>
    public const int MaxSystolicMmHg = 300;

    /// <summary>Lowest accepted diastolic pressure, mmHg.</summary>
    public const int MinDiastolicMmHg = 10;

    /// <summary>Highest accepted diastolic pressure, mmHg.</summary>
    public const int MaxDiastolicMmHg = 200;

    /// <summary>Lowest accepted respiratory rate, breaths/min.</summary>
    public const int MinRespiratoryRate = 2;

    /// <summary>Highest accepted respiratory rate, breaths/min.</summary>
    public const int MaxRespiratoryRate = 80;

    /// <summary>Lowest accepted SpO2, %.</summary>
    public const int MinSpo2Percent = 40;

    /// <summary>Highest accepted SpO2, % (saturation cannot exceed 100 %).</summary>
    public const int MaxSpo2Percent = 100;
}
