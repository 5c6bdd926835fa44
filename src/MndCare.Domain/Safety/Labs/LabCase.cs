namespace MndCare.Domain.Safety.Labs;

/// <summary>One laboratory value (or temperature) to grade, as entered: every field may be missing or wrong.</summary>
/// <param name="Test">Wire name of the test, for example "ALT".</param>
/// <param name="Value">The measured value in <paramref name="Unit"/>.</param>
/// <param name="Unit">A UCUM code allowed for the test.</param>
/// <param name="UpperLimitOfNormal">ULN in the same unit (tests graded against the ULN).</param>
/// <param name="LowerLimitOfNormal">LLN in the same unit (counts and haemoglobin).</param>
/// <param name="Baseline">Pre-treatment value in the same unit (ratio tests), if known.</param>
/// <param name="DurationHours">How long a temperature above 40.0 °C has lasted, in hours.</param>
public sealed record LabCase(
    string? Test, decimal? Value, string? Unit, decimal? UpperLimitOfNormal, decimal? LowerLimitOfNormal, decimal? Baseline, decimal? DurationHours);

/// <summary>A CTCAE grade of one value.</summary>
/// <param name="Term">The CTCAE term.</param>
/// <param name="Grade">0 within limits, else 1-4 as the rows allow.</param>
/// <param name="CtcaeVersion">The CTCAE version of the rows ("5.0").</param>
public sealed record LabGrade(string Term, int Grade, string CtcaeVersion);
