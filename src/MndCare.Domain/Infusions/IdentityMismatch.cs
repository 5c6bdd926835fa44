namespace MndCare.Domain.Infusions;

/// <summary>One reason the bedside identity check blocks the infusion: a stable code and the offending value.</summary>
/// <remarks>The codes are a contract of the API's 409 answer. docs/therapy/infusion.md, "Bedside identity check".</remarks>
/// <param name="Code">One of the constants below.</param>
/// <param name="Value">The scanned patient code, the unit code, or (for <see cref="WrongNumberOfUnits"/>) the number of distinct units scanned.</param>
/// <param name="Expected">For <see cref="WrongNumberOfUnits"/>, the number the order requires; otherwise null.</param>
public sealed record IdentityMismatch(string Code, string Value, string? Expected = null)
{
    /// <summary>The wristband code is not the patient's (blank counts as wrong).</summary>
    public const string WrongPatient = "wrongPatient";

    /// <summary>No unit has the scanned code.</summary>
    public const string UnitUnknown = "unitUnknown";

    /// <summary>The unit belongs to a lot other than the order's.</summary>
    public const string UnitFromOtherLot = "unitFromOtherLot";

    /// <summary>The unit's lot is not released (quarantined, failed, expired or recalled).</summary>
    public const string UnitNotReleased = "unitNotReleased";

    /// <summary>The unit was already given (or discarded).</summary>
    public const string UnitAlreadyUsed = "unitAlreadyUsed";

    /// <summary>The same unit was scanned more than once.</summary>
    public const string DuplicateUnit = "duplicateUnit";

    /// <summary>The number of distinct units scanned is not the number the order requires.</summary>
    public const string WrongNumberOfUnits = "wrongNumberOfUnits";
}
