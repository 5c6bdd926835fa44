using MndCare.Domain.Results;

namespace MndCare.Domain.Safety.Labs;

/// <summary>A laboratory value that cannot be graded by CTCAE v5.0 (API 422); the code is one of <see cref="LabGradingErrors"/>.</summary>
/// <param name="Field">The input that is wrong, as the API names it.</param>
/// <param name="Code">The `mndcare grade` error code.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
public sealed record LabValueNotGradableError(string Field, string Code, string Message) : Error(Code, Message);

/// <summary>Codes of a lab result's or lab check's own fields (beyond the grading contract's).</summary>
public static class LabResultErrors
{
    /// <summary>The collection time lies after the moment it is recorded.</summary>
    public const string CollectedInFuture = "collectedInFuture";

    /// <summary>A lab check names no test, or a test twice.</summary>
    public const string NoTests = "noTests";

    /// <summary>The reason of a lab check is not one of <see cref="LabCheckReason"/>.</summary>
    public const string UnknownReason = "unknownReason";
}
