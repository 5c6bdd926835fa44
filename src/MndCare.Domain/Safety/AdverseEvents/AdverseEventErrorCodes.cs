namespace MndCare.Domain.Safety.AdverseEvents;

/// <summary>The error codes of adverse events (problem details <c>code</c>).</summary>
public static class AdverseEventErrorCodes
{
    /// <summary>A grade outside CTCAE 1–5.</summary>
    public const string InvalidGrade = "invalidGrade";

    /// <summary>A seriousness criterion, causality category, action or outcome that is not one of the listed wire names.</summary>
    public const string UnknownValue = "unknownValue";

    /// <summary>A date in the future, or a resolution before the onset.</summary>
    public const string InvalidDate = "invalidDate";

    /// <summary>The event's state does not allow the change.</summary>
    public const string InvalidTransition = "invalidTransition";

    /// <summary>An infusion's fever recorded a second time, as Fever or Infusion related reaction (CTCAE: "do not report both").</summary>
    public const string FeverAlreadyRecorded = "feverAlreadyRecorded";
}
