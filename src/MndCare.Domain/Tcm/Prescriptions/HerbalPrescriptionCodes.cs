namespace MndCare.Domain.Tcm.Prescriptions;

/// <summary>The stable codes of herbal prescription errors, as the API returns them; the herb rules' own codes are
/// <see cref="Herbs.HerbCodes"/>.</summary>
/// <remarks>docs/tcm/prescriptions.md.</remarks>
public static class HerbalPrescriptionCodes
{
    /// <summary>A prescription needs at least one herb.</summary>
    public const string NoItems = "noItems";

    /// <summary>Only a draft is signed; a signed prescription is corrected by a new version.</summary>
    public const string NotADraft = "notADraft";

    /// <summary>A new version is made only from the latest signed version of a prescription.</summary>
    public const string NotLatestSigned = "notLatestSigned";

    /// <summary>A new version of this prescription is already a draft.</summary>
    public const string DraftVersionExists = "draftVersionExists";

    /// <summary>The herb already has this flag, or the flag to retire is not on it.</summary>
    public const string SafetyEntryUnchanged = "safetyEntryUnchanged";
}
