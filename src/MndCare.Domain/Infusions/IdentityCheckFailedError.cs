using MndCare.Domain.Results;

namespace MndCare.Domain.Infusions;

/// <summary>The bedside identity check found mismatches and the infusion did not start (API 409, code <c>identityCheckFailed</c>).</summary>
/// <param name="Mismatches">The mismatches, each a code and the offending value.</param>
public sealed record IdentityCheckFailedError(IReadOnlyList<IdentityMismatch> Mismatches)
    : Error(InfusionErrorCodes.IdentityCheckFailed,
        "The identity check failed (" + string.Join(", ", Mismatches.Select(m => m.Code)) + "); the infusion was not started.");
