using MndCare.Domain.FollowUp;

namespace MndCare.Application.Outcomes.Cohort;

/// <summary>One recorded terminal event (a clinical event of an endpoint kind, or the registry's death date).</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="Kind">Death, tracheostomy or permanent ventilation.</param>
/// <param name="On">When.</param>
public sealed record EndpointEventRow(Guid PatientId, ClinicalEventKind Kind, DateOnly On);

/// <summary>A patient's composite endpoint: the first terminal event, or the last day the patient is known to have been alive and event-free.</summary>
/// <param name="EventOn">The first terminal event; null when none is recorded.</param>
/// <param name="Kind">Its kind; null without an event.</param>
/// <param name="LastKnownAliveOn">The last day the patient is known to have been alive and event-free: the censoring day without an event.</param>
public sealed record CompositeEndpoint(DateOnly? EventOn, ClinicalEventKind? Kind, DateOnly LastKnownAliveOn)
{
    /// <summary>The kinds of the ENCALS composite endpoint: non-invasive ventilation for more than 23 hours a day, tracheostomy or death, from
    /// symptom onset (Westeneng H-J et al. Lancet Neurol 2018;17:423-433; docs/instruments/encals.md).</summary>
    public static readonly IReadOnlySet<ClinicalEventKind> Kinds =
        new HashSet<ClinicalEventKind> { ClinicalEventKind.PermanentVentilation, ClinicalEventKind.Tracheostomy, ClinicalEventKind.Death };

    /// <summary>The one place the composite endpoint and the last-known-alive date are computed (docs/outcomes/cohort.md, "Endpoint").</summary>
    /// <remarks>The event is the earliest recorded death, tracheostomy or permanent ventilation on or before the analysis date (other kinds are
    /// ignored). Without one, the patient is censored at the latest of the last ALSFRS-R, the last vital-status check and the diagnosis (never
    /// after the analysis date): a patient not seen is not assumed alive.</remarks>
    /// <param name="events">The patient's recorded events (any order, any kind).</param>
    /// <param name="lastContactOn">The latest day the patient was seen or known alive (last ALSFRS-R, vital-status check, diagnosis), or null.</param>
    /// <param name="fallbackOn">The day used when nothing else is known (symptom onset, or the first ALSFRS-R).</param>
    /// <param name="analysisDate">The analysis date.</param>
    public static CompositeEndpoint Of(IEnumerable<EndpointEventRow> events, DateOnly? lastContactOn, DateOnly fallbackOn, DateOnly analysisDate)
    {
        ArgumentNullException.ThrowIfNull(events);
        var first = events.Where(e => Kinds.Contains(e.Kind) && e.On <= analysisDate).OrderBy(e => e.On).ThenBy(e => e.Kind).FirstOrDefault();
        if (first is not null)
        {
            return new CompositeEndpoint(first.On, first.Kind, first.On);
        }
        var known = lastContactOn is { } contact && contact > fallbackOn ? contact : fallbackOn;
        return new CompositeEndpoint(null, null, known > analysisDate ? analysisDate : known);
    }
}
