using MndCare.Domain.FollowUp;

namespace MndCare.Application.Outcomes.Cohort;

/// <summary>Who is in the cohort and who is missing: selected, with an onset date and an ALSFRS-R, treated, followed up, follow-up visits missed,
/// drop-out and deaths. Always shown, whatever the other panels say.</summary>
/// <param name="Selected">Patients selected.</param>
/// <param name="WithOnsetDate">Of them, with a known onset date (needed for survival from onset).</param>
/// <param name="WithAlsfrsR">Of them, with at least one ALSFRS-R.</param>
/// <param name="Visits">ALSFRS-R assessments of the selected patients.</param>
/// <param name="SelfRatedVisits">Of them, self-administered (patient or caregiver).</param>
/// <param name="WithCourse">Selected patients whose treatment course started.</param>
/// <param name="WithFollowUp">Treated patients with an ALSFRS-R after the end of their course.</param>
/// <param name="TimepointsMissed">End-of-course and later follow-up timepoints whose window closed without an ALSFRS-R, of those decided (done or missed).</param>
/// <param name="PatientsMissingFollowUp">Treated patients with at least one missed timepoint.</param>
/// <param name="DropOut">Treated patients without a terminal event who missed a timepoint and were not seen since: lost to follow-up.</param>
/// <param name="Deaths">Selected patients who died.</param>
/// <param name="CompositeEvents">Selected patients with an event of the composite endpoint (death, tracheostomy, permanent ventilation).</param>
public sealed record CohortFlow(int Selected, int WithOnsetDate, int WithAlsfrsR, int Visits, int SelfRatedVisits, CohortShare WithCourse,
    CohortShare WithFollowUp, CohortShare TimepointsMissed, CohortShare PatientsMissingFollowUp, CohortShare DropOut, CohortShare Deaths,
    CohortShare CompositeEvents)
{
    /// <summary>Counts the flow of <paramref name="patients"/> on <paramref name="analysisDate"/> against each clinic's follow-up schedule, with the
    /// follow-up pages' own rule (<see cref="FollowUpSchedule.Evaluate"/>), so the cohort counts what the follow-up lists show.</summary>
    public static CohortFlow Of(IReadOnlyList<CohortPatient> patients, DateOnly analysisDate, IReadOnlyDictionary<Guid, FollowUpPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(patients);
        ArgumentNullException.ThrowIfNull(policies);
        var treated = patients.Where(p => p.Course is not null).ToList();
        int decided = 0, missed = 0, patientsMissing = 0, dropOut = 0;
        foreach (var patient in treated)
        {
            var states = FollowUpStates(patient, analysisDate, policies.TryGetValue(patient.Row.ClinicId, out var policy) ? policy : FollowUpPolicy.Default);
            decided += states.Count(s => s.Status is FollowUpStatus.Done or FollowUpStatus.Missed);
            var missedHere = states.Where(s => s.Status == FollowUpStatus.Missed).ToList();
            missed += missedHere.Count;
            if (missedHere.Count > 0)
            {
                patientsMissing++;
                var lastSeen = patient.Visits.Count > 0 ? patient.Visits[^1].On : (DateOnly?)null;
                if (!patient.HadEvent && !(lastSeen > missedHere[^1].Timepoint.WindowEnd))
                {
                    dropOut++;
                }
            }
        }
        return new CohortFlow(
            patients.Count,
            patients.Count(p => p.Row.OnsetOn is not null),
            patients.Count(p => p.Visits.Count > 0),
            patients.Sum(p => p.Visits.Count),
            patients.Sum(p => p.Visits.Count(v => v.SelfRated)),
            CohortShare.From(treated.Count, patients.Count),
            CohortShare.From(treated.Count(p => p.Visits.Any(v => v.On > p.Course!.EndsOn)), treated.Count),
            CohortShare.From(missed, decided),
            CohortShare.From(patientsMissing, treated.Count),
            CohortShare.From(dropOut, treated.Count),
            CohortShare.From(patients.Count(p => p.Row.DeathOn is not null || p.Endpoint.Kind == ClinicalEventKind.Death), patients.Count),
            CohortShare.From(patients.Count(p => p.HadEvent), patients.Count));
    }

    // The course's end-of-course and after-end timepoints (the baseline is the cohort's own, before treatment); a terminal event closes them as a death does.
    private static List<FollowUpTimepointState> FollowUpStates(CohortPatient patient, DateOnly analysisDate, FollowUpPolicy policy)
    {
        var course = patient.Course!;
        var ratings = patient.Visits.Select(v => new FollowUpRating(v.AssessmentId, v.On, v.SelfRated));
        return [.. FollowUpSchedule.Evaluate(FollowUpSchedule.Timepoints(course.StartsOn, course.EndsOn, policy), ratings, analysisDate,
                patient.Endpoint.EventOn ?? patient.Row.DeathOn)
            .Where(s => s.Timepoint.Kind != FollowUpTimepointKind.Baseline)];
    }
}
