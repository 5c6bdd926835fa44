namespace MndCare.Domain.Tcm.Visits;

/// <summary>A TCM syndrome pattern (证型) a practitioner can differentiate at a visit; never a biomedical diagnosis.</summary>
/// <remarks>docs/tcm/visits-and-sessions.md, "Patterns". <see cref="Tm1Code"/> is an ICD-11 chapter 26 (TM1) code only where a source
/// verifies it; the reference (therapy-safety-tcm.md D3) verifies none, so every shipped pattern has none.</remarks>
/// <param name="Code">The stable code (camelCase for shipped patterns, "clinic." + a UUID for a clinic's own).</param>
/// <param name="ChineseName">The name in simplified Chinese (脾胃虚弱).</param>
/// <param name="EnglishName">The English name (spleen-stomach deficiency).</param>
/// <param name="Tm1Code">The verified ICD-11 TM1 code, or null.</param>
/// <param name="Source">Where the pattern comes from (a reference tag such as "[S39]", or "clinic").</param>
public sealed record TcmPattern(string Code, string ChineseName, string EnglishName, string? Tm1Code, string Source);
