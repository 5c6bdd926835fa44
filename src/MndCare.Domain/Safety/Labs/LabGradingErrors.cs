using MndCare.Domain.Results;

namespace MndCare.Domain.Safety.Labs;

/// <summary>Why a lab case cannot be graded; codes are the `mndcare grade` contract's error codes.</summary>
public static class LabGradingErrors
{
    /// <summary>The test is not one of the graded tests.</summary>
    public const string UnknownTest = "unknownTest";

    /// <summary>The unit is not a UCUM code allowed for the test.</summary>
    public const string UnitNotAllowed = "unitNotAllowed";

    /// <summary>The test's reference limit (ULN or LLN) is missing.</summary>
    public const string MissingLimit = "missingLimit";

    /// <summary>The test's reference limit is zero or negative.</summary>
    public const string NonPositiveLimit = "nonPositiveLimit";

    /// <summary>The value is missing.</summary>
    public const string MissingValue = "missingValue";

    /// <summary>The value is negative.</summary>
    public const string NegativeValue = "negativeValue";

    /// <summary>A baseline was given but is zero or negative.</summary>
    public const string NonPositiveBaseline = "nonPositiveBaseline";

    /// <summary>A temperature above 40.0 °C has no duration (grade 3 and 4 differ by it).</summary>
    public const string MissingDuration = "missingDuration";

    /// <summary>A duration was given but is negative.</summary>
    public const string NegativeDuration = "negativeDuration";

    /// <summary>A number is larger than any laboratory reports (above <see cref="CtcaeLabGrader.LargestQuantity"/>).</summary>
    public const string OutOfRange = ValidationError.OutOfRange;

    internal static ValidationError Of(string field, string code, string message) => new(field, code, message);
}
