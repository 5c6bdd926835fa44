using System.Globalization;
using MndCare.Domain.Results;

namespace MndCare.Domain.Infusions;

/// <summary>The bedside identity check: the right patient, and exactly the order's number of unused units of the order's released lot.</summary>
/// <remarks>Chain of identity from lot and unit to patient (therapy reference A3, [S88]; 21 CFR 1271.290). Codes are
/// compared after <see cref="BedsideCode.Normalise"/>; blank unit entries are ignored (an empty field on the form).
/// docs/therapy/infusion.md, "Bedside identity check".</remarks>
public static class IdentityCheck
{
    /// <summary>Most unit codes accepted in one check.</summary>
    public const int MaxUnitCodes = 50;

    /// <summary>Runs the check.</summary>
    /// <param name="expectedPatientCode">The code printed on the patient's wristband (the MRN unless the clinic prints another).</param>
    /// <param name="scannedPatientCode">The wristband code as scanned or typed (the API's <c>patientCode</c>).</param>
    /// <param name="orderLotId">The order's lot.</param>
    /// <param name="requiredUnits">The number of units the order gives.</param>
    /// <param name="scannedUnitCodes">The unit codes as scanned or typed (the API's <c>unitCodes</c>).</param>
    /// <param name="knownUnits">The units found for the normalised scanned codes (unknown codes are simply absent).</param>
    /// <returns>The outcome (passed or its mismatches); <c>outOfRange</c> on <c>unitCodes</c> or <c>patientCode</c>
    /// when more than <see cref="MaxUnitCodes"/> codes or a code longer than <see cref="BedsideCode.MaxLength"/> is sent.</returns>
    public static Result<IdentityCheckResult> Run(string expectedPatientCode, string? scannedPatientCode, Guid orderLotId, int requiredUnits,
        IReadOnlyList<string?> scannedUnitCodes, IReadOnlyCollection<UnitAtBedside> knownUnits)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(expectedPatientCode);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requiredUnits);
        ArgumentNullException.ThrowIfNull(scannedUnitCodes);
        ArgumentNullException.ThrowIfNull(knownUnits);
        var patient = BedsideCode.Normalise(scannedPatientCode);
        var codes = scannedUnitCodes.Select(BedsideCode.Normalise).Where(c => c.Length > 0).ToList();
        if (patient.Length > BedsideCode.MaxLength)
        {
            return TooLong("patientCode");
        }
        if (codes.Count > MaxUnitCodes || codes.Any(c => c.Length > BedsideCode.MaxLength))
        {
            return TooLong("unitCodes");
        }
        var mismatches = new List<IdentityMismatch>();
        if (!string.Equals(patient, BedsideCode.Normalise(expectedPatientCode), StringComparison.Ordinal))
        {
            mismatches.Add(new IdentityMismatch(IdentityMismatch.WrongPatient, patient));
        }
        var units = ByCode(knownUnits);
        var distinct = new List<string>();
        foreach (var code in codes)
        {
            if (distinct.Contains(code, StringComparer.Ordinal))
            {
                mismatches.Add(new IdentityMismatch(IdentityMismatch.DuplicateUnit, code));
                continue;
            }
            distinct.Add(code);
            if (UnitMismatch(units.GetValueOrDefault(code), orderLotId) is { } mismatch)
            {
                mismatches.Add(new IdentityMismatch(mismatch, code));
            }
        }
        if (distinct.Count != requiredUnits)
        {
            mismatches.Add(new IdentityMismatch(IdentityMismatch.WrongNumberOfUnits, distinct.Count.ToString(CultureInfo.InvariantCulture),
                requiredUnits.ToString(CultureInfo.InvariantCulture)));
        }
        return new IdentityCheckResult(orderLotId, patient, distinct, mismatches);
    }

    // The same unit may be passed twice (looked up once per scan); two different units sharing a code is a data bug.
    private static Dictionary<string, UnitAtBedside> ByCode(IReadOnlyCollection<UnitAtBedside> knownUnits)
    {
        var units = new Dictionary<string, UnitAtBedside>(StringComparer.Ordinal);
        foreach (var unit in knownUnits)
        {
            var code = BedsideCode.Normalise(unit.Code);
            if (units.TryGetValue(code, out var seen) && seen != unit)
            {
                throw new ArgumentException($"Two units share the code {code}.", nameof(knownUnits));
            }
            units[code] = unit;
        }
        return units;
    }

    // One code per unit, the most fundamental first: a unit of another lot is wrong whatever its state.
    private static string? UnitMismatch(UnitAtBedside? unit, Guid orderLotId) => unit switch
    {
        null => IdentityMismatch.UnitUnknown,
        { } u when u.LotId != orderLotId => IdentityMismatch.UnitFromOtherLot,
        { IsReleasedLot: false } => IdentityMismatch.UnitNotReleased,
        { IsUsed: true } => IdentityMismatch.UnitAlreadyUsed,
        _ => null,
    };

    private static ValidationError TooLong(string field) => new(field, ValidationError.OutOfRange,
        $"{field} must hold at most {MaxUnitCodes} codes of at most {BedsideCode.MaxLength} characters.");
}
