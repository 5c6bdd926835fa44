namespace MndCare.Application.Outcomes.Cohort;

/// <summary>The terminal events of the ENCALS composite endpoint.</summary>
/// <remarks>Westeneng H-J et al. Lancet Neurol 2018;17:423-433: non-invasive ventilation for more than 23 hours a day, tracheostomy or death,
/// from symptom onset (docs/instruments/encals.md).</remarks>
public enum EndpointEventKind
{
    /// <summary>Death.</summary>
    Death,

    /// <summary>Tracheostomy.</summary>
    Tracheostomy,

    /// <summary>Non-invasive ventilation for more than 23 hours a day.</summary>
    PermanentVentilation,
}

/// <summary>One recorded terminal event.</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="Kind">What happened.</param>
/// <param name="On">When.</param>
public sealed record EndpointEventRow(Guid PatientId, EndpointEventKind Kind, DateOnly On);

/// <summary>A patient's composite endpoint: the first terminal event, or the last day the patient is known to have been alive and event-free.</summary>
/// <param name="EventOn">The first terminal event; null when none is recorded.</param>
/// <param name="Kind">Its kind; null without an event.</param>
/// <param name="LastKnownAliveOn">The last day the patient is known to have been alive and event-free: the censoring day without an event.</param>
public sealed record CompositeEndpoint(DateOnly? EventOn, EndpointEventKind? Kind, DateOnly LastKnownAliveOn)
{
    /// <summary>The one place the composite endpoint and the last-known-alive date are computed (docs/outcomes/cohort.md, "Endpoint").</summary>
    /// <remarks>The event is the earliest recorded death, tracheostomy or permanent ventilation on or before the analysis date. Without one, the
    /// patient is censored at the latest of the last ALSFRS-R, the last vital-status check and the diagnosis (never after the analysis date): a
    /// patient not seen is not assumed alive.</remarks>
    /// <param name="events">The patient's recorded terminal events (any order).</param>
    /// <param name="lastContactOn">The latest day the patient was seen or known alive (last ALSFRS-R, vital-status check, diagnosis), or null.</param>
    /// <param name="fallbackOn">The day used when nothing else is known (symptom onset, or the first course day).</param>
    /// <param name="analysisDate">The analysis date.</param>
    public static CompositeEndpoint Of(IEnumerable<EndpointEventRow> events, DateOnly? lastContactOn, DateOnly fallbackOn, DateOnly analysisDate)
    {
        ArgumentNullException.ThrowIfNull(events);
        var first = events.Where(e => e.On <= analysisDate).OrderBy(e => e.On).ThenBy(e => e.Kind).FirstOrDefault();
        var known = lastContactOn is { } contact && contact > fallbackOn ? contact : fallbackOn;
        if (first is not null)
        {
            return new CompositeEndpoint(first.On, first.Kind, first.On);
        }
        return new CompositeEndpoint(null, null, known > analysisDate ? analysisDate : known);
    }
}
