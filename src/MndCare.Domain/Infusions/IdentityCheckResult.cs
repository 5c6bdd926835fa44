namespace MndCare.Domain.Infusions;

/// <summary>The outcome of a bedside identity check: passed, or the mismatches that block the infusion.</summary>
/// <param name="LotId">The order's lot the units were checked against.</param>
/// <param name="ScannedPatientCode">The wristband code as normalised.</param>
/// <param name="UnitCodes">The distinct unit codes scanned, normalised, in scan order.</param>
/// <param name="Mismatches">Every mismatch found; empty when the check passed.</param>
public sealed record IdentityCheckResult(Guid LotId, string ScannedPatientCode, IReadOnlyList<string> UnitCodes, IReadOnlyList<IdentityMismatch> Mismatches)
{
    /// <summary>Whether the infusion may start.</summary>
    public bool Passed => Mismatches.Count == 0;
}
