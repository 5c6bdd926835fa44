using MndCare.Domain.Time;

namespace MndCare.Application.Outcomes.Cohort;

/// <summary>Who is in the cohort and who is missing: selected, with an onset date and an ALSFRS-R, treated, followed up, follow-up visits missed,
/// drop-out and deaths. Always shown, whatever the other panels say.</summary>
/// <param name="Selected">Patients selected.</param>
/// <param name="WithOnsetDate">Of them, with a known onset date (needed for the model and survival from onset).</param>
/// <param name="WithAlsfrsR">Of them, with at least one ALSFRS-R.</param>
/// <param name="Visits">ALSFRS-R assessments of the selected patients.</param>
/// <param name="SelfRatedVisits">Of them, self-administered (patient or caregiver).</param>
/// <param name="WithCourse">Selected patients whose treatment course started.</param>
/// <param name="WithFollowUp">Treated patients with an ALSFRS-R after the end of their course.</param>
/// <param name="TimepointsMissed">Follow-up timepoints past their window without an ALSFRS-R, of those due.</param>
/// <param name="PatientsMissingFollowUp">Treated patients with at least one missed timepoint.</param>
/// <param name="DropOut">Treated patients without a terminal event who missed a timepoint and were not seen since: lost to follow-up.</param>
/// <param name="Deaths">Selected patients who died.</param>
/// <param name="CompositeEvents">Selected patients with an event of the composite endpoint (death, tracheostomy, permanent ventilation).</param>
public sealed record CohortFlow(int Selected, int WithOnsetDate, int WithAlsfrsR, int Visits, int SelfRatedVisits, CohortShare WithCourse,
    CohortShare WithFollowUp, CohortShare TimepointsMissed, CohortShare PatientsMissingFollowUp, CohortShare DropOut, CohortShare Deaths,
    CohortShare CompositeEvents)
{
    /// <summary>Counts the flow of <paramref name="patients"/> on <paramref name="analysisDate"/>.</summary>
    public static CohortFlow Of(IReadOnlyList<CohortPatient> patients, DateOnly analysisDate)
    {
        ArgumentNullException.ThrowIfNull(patients);
        var treated = patients.Where(p => p.Course is not null).ToList();
        int due = 0, missed = 0, patientsMissing = 0, dropOut = 0;
        foreach (var patient in treated)
        {
            var timepoints = CohortFollowUp.Timepoints(patient, analysisDate);
            due += timepoints.Count;
            var missedHere = timepoints.Where(t => !t.Done).ToList();
            missed += missedHere.Count;
            if (missedHere.Count > 0)
            {
                patientsMissing++;
                var lastSeen = patient.Visits.Count > 0 ? patient.Visits[^1].On : (DateOnly?)null;
                if (!patient.HadEvent && !(lastSeen > missedHere[^1].Latest))
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
            CohortShare.From(missed, due),
            CohortShare.From(patientsMissing, treated.Count),
            CohortShare.From(dropOut, treated.Count),
            CohortShare.From(patients.Count(p => p.Row.DeathOn is not null), patients.Count),
            CohortShare.From(patients.Count(p => p.HadEvent), patients.Count));
    }
}

/// <summary>One follow-up timepoint after a course: its target day, its window and whether an ALSFRS-R falls in it.</summary>
/// <param name="MonthsAfterCourse">Months after the end of the course.</param>
/// <param name="Target">The target day.</param>
/// <param name="Earliest">The first day of the window.</param>
/// <param name="Latest">The last day of the window.</param>
/// <param name="Done">True when an ALSFRS-R (clinic or self-report) is dated in the window.</param>
public sealed record FollowUpTimepoint(int MonthsAfterCourse, DateOnly Target, DateOnly Earliest, DateOnly Latest, bool Done);

/// <summary>The follow-up schedule the flow counts against: 1, 3, 6 and 12 months after the end of the course, each with a window of ±14 days.</summary>
/// <remarks>ISSUE 10 SEAM (the lead, after merging engineer C's follow-up schedule): replace these defaults with the clinic's configured
/// schedule (docs/outcomes/follow-up.md) so the cohort counts exactly what the follow-up lists show.</remarks>
public static class CohortFollowUp
{
    /// <summary>Months after the end of the course (issue 10, "Follow-up").</summary>
    public static readonly IReadOnlyList<int> MonthsAfterCourse = [1, 3, 6, 12];

    /// <summary>Days either side of the target day.</summary>
    public const int WindowDays = 14;

    /// <summary>The timepoints whose window has closed by <paramref name="analysisDate"/> while the patient was event-free, with whether each was done.</summary>
    public static IReadOnlyList<FollowUpTimepoint> Timepoints(CohortPatient patient, DateOnly analysisDate)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (patient.Course is not { } course)
        {
            return [];
        }
        var due = new List<FollowUpTimepoint>();
        foreach (var months in MonthsAfterCourse)
        {
            var target = course.EndsOn.AddDays((int)Math.Round(months * ClinicalTime.DaysPerMonth));
            var earliest = target.AddDays(-WindowDays);
            var latest = target.AddDays(WindowDays);
            if (latest >= analysisDate || patient.Endpoint.EventOn <= latest)
            {
                continue;
            }
            due.Add(new FollowUpTimepoint(months, target, earliest, latest, patient.Visits.Any(v => v.On >= earliest && v.On <= latest)));
        }
        return due;
    }
}
