using MndCare.Application.Safety.Rates;
using MndCare.Application.Safety.Views;

namespace MndCare.Application.Outcomes.Cohort;

/// <summary>Treatment-emergent adverse events of the treated patients by term, grade, seriousness and lot, with exact 95% intervals
/// (the clinic's rate table, <see cref="SafetyRateTable"/>).</summary>
/// <param name="PatientsExposed">Selected patients whose course started: the denominator.</param>
/// <param name="Rates">The rows; null when no patient is exposed.</param>
/// <param name="NotEstimable">The rate table's error codes, if any.</param>
/// <param name="EventsBeforeCourse">Confirmed events of those patients before their course started: not treatment-emergent, not counted.</param>
/// <param name="Drafts">Draft events of the selected patients: not counted until staff complete them.</param>
public sealed record CohortSafetyPanel(int PatientsExposed, SafetyRates? Rates, IReadOnlyList<string> NotEstimable, int EventsBeforeCourse, int Drafts)
{
    /// <summary>Counts the events of the treated patients on or after their course's first day; a lot row counts an event when the lot is a
    /// suspect with causality possible or stronger, over the patients who received that lot.</summary>
    public static CohortSafetyPanel Of(IReadOnlyList<CohortPatient> patients, CohortData data)
    {
        ArgumentNullException.ThrowIfNull(patients);
        ArgumentNullException.ThrowIfNull(data);
        var treated = patients.Where(p => p.Course is not null).ToDictionary(p => p.Row.Id);
        var selected = patients.Select(p => p.Row.Id).ToHashSet();
        var drafts = data.DraftAdverseEventPatients.Count(selected.Contains);
        var theirs = data.AdverseEvents.Where(e => treated.ContainsKey(e.PatientId)).ToList();
        var emergent = theirs.Where(e => e.On >= treated[e.PatientId].Course!.StartsOn).ToList();
        if (treated.Count == 0)
        {
            return new CohortSafetyPanel(0, null, [], theirs.Count, drafts);
        }
        var labels = data.Infusions.GroupBy(i => i.LotId).ToDictionary(g => g.Key, g => g.First().LotNumber);
        var exposures = treated.Values.SelectMany(p => p.Lots.Select(lot => (Lot: lot, Patient: p.Row.Id))).GroupBy(x => x.Lot)
            .OrderBy(g => labels[g.Key], StringComparer.Ordinal)
            .Select(g => new SuspectExposure(Key(g.Key), labels[g.Key], g.Select(x => x.Patient).Distinct().Count())).ToList();
        var facts = emergent.Select(e => new SafetyEventFact(e.PatientId, e.Term, e.Grade, e.Serious,
            [.. e.RelatedLots.Where(treated[e.PatientId].Lots.Contains).Select(Key)])).ToList();
        var built = SafetyRateTable.Build(treated.Count, facts, exposures);
        return new CohortSafetyPanel(treated.Count, built.IsSuccess ? built.Value : null, built.IsSuccess ? [] : [.. built.Errors.Select(e => e.Code)],
            theirs.Count - emergent.Count, drafts);
    }

    private static SuspectKey Key(Guid lotId) => new(SafetyViews.LotKind, lotId.ToString("D"));
}
