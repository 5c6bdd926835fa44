namespace MndCare.Application.Outcomes.Patients;

/// <summary>Where the patient actually is on the ENCALS endpoint: the event and its date, or event-free as last known.</summary>
/// <param name="Event">The endpoint event's wire name ("death", "tracheostomy" or "permanentVentilation"); null when event-free.</param>
/// <param name="AsOf">The event's date, or the last date the patient is known to have been event-free.</param>
/// <param name="MonthsFromOnset">Months from symptom onset to <paramref name="AsOf"/>; null without an onset date.</param>
public sealed record ActualStatus(string? Event, DateOnly AsOf, double? MonthsFromOnset);
