using MndCare.Domain.Results;

namespace MndCare.Domain.Tcm.Herbs;

/// <summary>The stable codes of herb look-ups and the prescription rules, as the API returns them.</summary>
/// <remarks>Rules: docs/tcm/catalogues.md.</remarks>
public static class HerbCodes
{
    /// <summary>No catalogue herb has the name.</summary>
    public const string UnknownHerb = "unknownHerb";

    /// <summary>The name fits more than one catalogue herb.</summary>
    public const string AmbiguousHerb = "ambiguousHerb";

    /// <summary>The herb contains aristolochic acid and can never be prescribed (S50, S50b).</summary>
    public const string AristolochicAcid = "aristolochicAcid";

    /// <summary>The herb is hepatotoxic (reference D6).</summary>
    public const string Hepatotoxic = "hepatotoxic";

    /// <summary>The herb is liable to substitution by Aristolochia; the botanical source must be confirmed.</summary>
    public const string ConfirmBotanicalSource = "confirmBotanicalSource";

    /// <summary>The herb is already in another active prescription, or twice in this one.</summary>
    public const string DuplicateHerb = "duplicateHerb";

    /// <summary>A patient on riluzole is given a hepatotoxic herb (S48): acknowledge, and schedule liver tests.</summary>
    public const string RiluzoleWithHepatotoxicHerb = "riluzoleWithHepatotoxicHerb";

    /// <summary>A substitution-liable herb is signed without its botanical source confirmed.</summary>
    public const string BotanicalSourceNotConfirmed = "botanicalSourceNotConfirmed";

    /// <summary>A hepatotoxic herb for a patient on riluzole is signed without the warning acknowledged.</summary>
    public const string RiluzoleWarningNotAcknowledged = "riluzoleWarningNotAcknowledged";
}

/// <summary>No catalogue herb has the name as typed.</summary>
/// <param name="Name">The name as typed.</param>
public sealed record UnknownHerbError(string Name)
    : Error(HerbCodes.UnknownHerb, $"No herb in the catalogue is called \"{Name}\".");

/// <summary>The name fits more than one catalogue herb; the caller chooses by Chinese or Latin name.</summary>
/// <param name="Name">The name as typed.</param>
/// <param name="Candidates">The herbs it fits.</param>
public sealed record AmbiguousHerbError(string Name, IReadOnlyList<Herb> Candidates)
    : Error(HerbCodes.AmbiguousHerb, $"\"{Name}\" fits {Candidates.Count} herbs: {string.Join(", ", Candidates.Select(h => $"{h.Chinese} {h.LatinName}"))}.");

/// <summary>The herb contains aristolochic acid and is refused, whatever name form was used (S50, S50b).</summary>
/// <param name="Name">The name as typed.</param>
/// <param name="Herb">The herb it names.</param>
public sealed record AristolochicAcidHerbError(string Name, Herb Herb)
    : Error(HerbCodes.AristolochicAcid,
        $"\"{Name}\" is {Herb.Pinyin} ({Herb.Chinese}, {Herb.LatinName}): it contains aristolochic acid and can never be prescribed.");

/// <summary>Signing needs the botanical source of a herb liable to substitution by Aristolochia (FDA letter of 16 May 2000).</summary>
/// <param name="HerbId">The herb's catalogue id.</param>
public sealed record BotanicalSourceNotConfirmedError(string HerbId)
    : Error(HerbCodes.BotanicalSourceNotConfirmed, $"Confirm the botanical source of {HerbId} before signing.");

/// <summary>Signing needs the riluzole + hepatotoxic herb warning acknowledged (riluzole label, S48).</summary>
/// <param name="HerbIds">The hepatotoxic herbs concerned.</param>
public sealed record RiluzoleWarningNotAcknowledgedError(IReadOnlyList<string> HerbIds)
    : Error(HerbCodes.RiluzoleWarningNotAcknowledged,
        $"The patient takes riluzole and {string.Join(", ", HerbIds)} is hepatotoxic: acknowledge the warning before signing.");
