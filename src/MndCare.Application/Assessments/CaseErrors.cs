namespace MndCare.Application.Assessments;

/// <summary>Error codes of the `mndcare assess` contract beyond those of the domain (bothCuttingItems, missingItem,
/// itemOutOfRange, onsetNotBeforeAssessment, missingPredictor ...).</summary>
public static class CaseErrors
{
    /// <summary>The line is not a JSON object.</summary>
    public const string InvalidJson = "invalidJson";

    /// <summary>An input an output needs is absent.</summary>
    public const string MissingInput = "missingInput";

    /// <summary>A value has the wrong type or is not one of the allowed strings.</summary>
    public const string InvalidValue = "invalidValue";

    /// <summary>A date is not yyyy-MM-dd or not a calendar date.</summary>
    public const string InvalidDate = "invalidDate";

    /// <summary>A date lies after today.</summary>
    public const string FutureDate = "futureDate";

    /// <summary>A number lies outside the physiological range.</summary>
    public const string OutOfRange = "outOfRange";

    /// <summary>Symptom onset is after the diagnosis.</summary>
    public const string OnsetAfterDiagnosis = "onsetAfterDiagnosis";

    /// <summary>Birth is not before symptom onset.</summary>
    public const string BirthNotBeforeOnset = "birthNotBeforeOnset";

    /// <summary>A property the contract does not define.</summary>
    public const string UnknownField = "unknownField";

    /// <summary>A property given twice.</summary>
    public const string DuplicateField = "duplicateField";
}
