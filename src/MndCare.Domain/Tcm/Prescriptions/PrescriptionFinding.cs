using MndCare.Domain.Tcm.Herbs;

namespace MndCare.Domain.Tcm.Prescriptions;

/// <summary>A herb rule's warning as a prescription keeps it: the code, the herb, the other prescription it names and whether it
/// needed acknowledging. Pages and reports render it from the code in both languages.</summary>
/// <remarks>Rules and sources: docs/tcm/prescriptions.md.</remarks>
/// <param name="Code">A <see cref="HerbCodes"/> code.</param>
/// <param name="HerbId">The herb's catalogue id.</param>
/// <param name="OtherPrescription">For a duplicate, the other active prescription's id; null within this one.</param>
/// <param name="NeedsAcknowledgement">True when signing needs it confirmed or acknowledged.</param>
public sealed record PrescriptionFinding(string Code, string HerbId, string? OtherPrescription, bool NeedsAcknowledgement)
{
    /// <summary>The stored form of a rule finding.</summary>
    /// <param name="finding">The finding of <c>HerbPrescriptionRules.Check</c>.</param>
    public static PrescriptionFinding From(HerbFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(finding.Code, finding.Herb.Id, (finding as DuplicateHerbFinding)?.OtherPrescription, finding.NeedsAcknowledgement);
    }
}
