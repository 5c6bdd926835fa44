namespace MndCare.Domain.CellProducts;

/// <summary>The stable error codes of the cell product, as the API returns them and the pages translate them.</summary>
/// <remarks>Field errors use the house codes (required, outOfRange, invalidFormat, tooShort); these are the product's own (docs/therapy/cell-product.md, "Error codes").</remarks>
public static class CellProductErrorCodes
{
    /// <summary>A code is not in its format (donor code, lot number, product code, unit code).</summary>
    public const string InvalidFormat = "invalidFormat";

    /// <summary>A code's check character does not match: a typing or scanning error.</summary>
    public const string CheckCharacterMismatch = "checkCharacterMismatch";

    /// <summary>A code contains a patient's medical record number (21 CFR 1271.290(c)).</summary>
    public const string ContainsPatientIdentifier = "containsPatientIdentifier";

    /// <summary>A date is after the clinic's today.</summary>
    public const string InFuture = "inFuture";

    /// <summary>The expiry date is not after the manufacturing date.</summary>
    public const string ExpiryNotAfterManufacture = "expiryNotAfterManufacture";

    /// <summary>A marker appears twice in one screening entry.</summary>
    public const string DuplicateMarker = "duplicateMarker";

    /// <summary>A reactive screening result is never replaced by a later one.</summary>
    public const string ScreeningAlreadyReactive = "screeningAlreadyReactive";

    /// <summary>A recall reason is shorter than the house minimum.</summary>
    public const string TooShort = "tooShort";

    /// <summary>The lot's status does not allow the action.</summary>
    public const string InvalidTransition = "invalidTransition";

    /// <summary>Release refused: no release results were entered.</summary>
    public const string ResultsMissing = "resultsMissing";

    /// <summary>Release refused: a result is out of specification (the lot failed).</summary>
    public const string OutOfSpecification = "outOfSpecification";

    /// <summary>Release refused: a screening marker of the donor has no result.</summary>
    public const string DonorScreeningIncomplete = "donorScreeningIncomplete";

    /// <summary>Release refused: a screening marker of the donor is reactive.</summary>
    public const string DonorScreeningReactive = "donorScreeningReactive";

    /// <summary>Release or use refused: the lot is past its expiry date.</summary>
    public const string LotExpired = "lotExpired";

    /// <summary>Release refused: the releaser is the person who entered the results (two-person rule).</summary>
    public const string ReleaserEnteredResults = "releaserEnteredResults";

    /// <summary>Use refused: the lot is quarantined (not released).</summary>
    public const string LotQuarantined = "lotQuarantined";

    /// <summary>Use refused: the lot failed its release tests.</summary>
    public const string LotFailed = "lotFailed";

    /// <summary>Use refused: the lot was recalled.</summary>
    public const string LotRecalled = "lotRecalled";

    /// <summary>The unit code does not belong to this lot.</summary>
    public const string UnitNotInLot = "unitNotInLot";

    /// <summary>The unit was already infused.</summary>
    public const string UnitAlreadyUsed = "unitAlreadyUsed";

    /// <summary>The unit is discarded or blocked.</summary>
    public const string UnitNotAvailable = "unitNotAvailable";

    /// <summary>The unit's status does not allow this hand-off.</summary>
    public const string InvalidUnitTransition = "invalidUnitTransition";

    /// <summary>A custody event is dated before the unit's previous event.</summary>
    public const string EventOutOfOrder = "eventOutOfOrder";

    /// <summary>Another lot of the clinic has this lot number.</summary>
    public const string DuplicateLotNumber = "duplicateLotNumber";

    /// <summary>Another donor of the clinic has this donor code.</summary>
    public const string DuplicateDonorCode = "duplicateDonorCode";

    /// <summary>No donor of the clinic has this donor code (register the donor before the lot).</summary>
    public const string UnknownDonor = "unknownDonor";
}
