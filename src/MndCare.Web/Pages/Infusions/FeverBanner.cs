using MndCare.Application.Infusions;

namespace MndCare.Web.Pages.Infusions;

/// <summary>The model of the fever banner partial: the infusion and its readings of 38.0 °C or more, newest first.</summary>
/// <remarks>The hook for recording a fever as an adverse event (issue 9): each reading's ".fever-actions" element, which carries the
/// infusion id and the reading's time.</remarks>
public sealed record FeverBanner(Guid InfusionId, IReadOnlyList<VitalSignsView> Readings, string TimeZoneId)
{
    /// <summary>The patient takes riluzole, so a fever prompts a neutrophil count (issue 9; docs/safety/labs.md); their id links the lab page.</summary>
    public Guid? OnRiluzolePatientId { get; init; }

    public static FeverBanner For(BedsideView bedside)
    {
        ArgumentNullException.ThrowIfNull(bedside);
        return new(bedside.Infusion.Id, [.. bedside.Infusion.VitalSigns.Where(v => v.Fever).OrderByDescending(v => v.TakenAt)], bedside.TimeZoneId);
    }
}
