namespace MndCare.Domain.Tcm.Herbs;

/// <summary>A warning the prescription rules raise for one herb; the page or report renders it from its code.</summary>
/// <remarks>Rules: docs/tcm/catalogues.md, "Safety rules"; sources on each subtype.</remarks>
/// <param name="Code">The stable code (<see cref="HerbCodes"/>).</param>
/// <param name="Herb">The herb concerned.</param>
/// <param name="NeedsAcknowledgement">True when the practitioner must acknowledge the warning before signing.</param>
public abstract record HerbFinding(string Code, Herb Herb, bool NeedsAcknowledgement);

/// <summary>The herb is hepatotoxic and is flagged (reference D6; source on the herb's flag).</summary>
/// <param name="Herb">The herb concerned.</param>
public sealed record HepatotoxicHerbFinding(Herb Herb) : HerbFinding(HerbCodes.Hepatotoxic, Herb, false);

/// <summary>The herb is liable to substitution by Aristolochia: confirm the botanical source (FDA letter of 16 May 2000).</summary>
/// <param name="Herb">The herb concerned.</param>
public sealed record ConfirmBotanicalSourceFinding(Herb Herb) : HerbFinding(HerbCodes.ConfirmBotanicalSource, Herb, true);

/// <summary>The herb is also in another active prescription, or more than once in this one (issue 9, "Safety rules").</summary>
/// <param name="Herb">The herb concerned.</param>
/// <param name="OtherPrescription">The other prescription's reference; null when the herb repeats within this one.</param>
public sealed record DuplicateHerbFinding(Herb Herb, string? OtherPrescription) : HerbFinding(HerbCodes.DuplicateHerb, Herb, false);

/// <summary>A patient on riluzole is given a hepatotoxic herb: acknowledge, and schedule the liver tests (S48 label).</summary>
/// <remarks>Riluzole's label warns that other hepatotoxic drugs may raise the risk of liver injury and asks for ALT
/// monitoring; bilirubin marks liver dysfunction (S48). Scheduling the tests belongs to the caller.</remarks>
/// <param name="Herb">The herb concerned.</param>
public sealed record RiluzoleWithHepatotoxicHerbFinding(Herb Herb)
    : HerbFinding(HerbCodes.RiluzoleWithHepatotoxicHerb, Herb, true)
{
    /// <summary>The liver tests to schedule, named as <c>mndcare grade</c> names them (S48: ALT/AST, bilirubin).</summary>
    public static IReadOnlyList<string> LiverTests { get; } = ["ALT", "AST", "BILIRUBIN"];
}
