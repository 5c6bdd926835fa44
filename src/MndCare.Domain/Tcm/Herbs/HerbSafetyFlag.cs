namespace MndCare.Domain.Tcm.Herbs;

/// <summary>A safety property of a herb that the prescription rules act on.</summary>
/// <remarks>Starting lists: reference therapy-safety-tcm.md D6; docs/tcm/catalogues.md.</remarks>
public enum HerbSafetyFlag
{
    /// <summary>Contains aristolochic acid: never prescribable (S50, S50b).</summary>
    AristolochicAcid,

    /// <summary>Reported liver injury: flagged, and with riluzole needs an acknowledged warning and liver tests (S48, S49).</summary>
    Hepatotoxic,

    /// <summary>Liable to substitution by Aristolochia: the practitioner confirms the botanical source (FDA letter of 16 May 2000).</summary>
    SubstitutionRisk,
}

/// <summary>One safety flag of a herb with the source that supports it.</summary>
/// <param name="Flag">The flag.</param>
/// <param name="Source">The citation, as the catalogue row gives it.</param>
public sealed record HerbSafetyMark(HerbSafetyFlag Flag, string Source);
