using MndCare.Domain.FollowUp;

namespace MndCare.Application.Outcomes.Cohort;

/// <summary>The cohort's outcomes and safety, every figure with its n and interval: the page, the API and the report show this.</summary>
/// <param name="Selection">The selection.</param>
/// <param name="AnalysisDate">The day follow-up ends (today in the clinic).</param>
/// <param name="ClinicNames">The clinics the patients come from.</param>
/// <param name="Lots">The clinics' lots (the selection form's choices).</param>
/// <param name="Flow">Who is in and who is missing.</param>
/// <param name="Trajectory">The mixed model of ALSFRS-R.</param>
/// <param name="Survival">Kaplan–Meier and Cox of the composite endpoint.</param>
/// <param name="NaturalHistory">Observed against ENCALS-predicted, and the population slope.</param>
/// <param name="Safety">Adverse-event rates.</param>
/// <param name="FollowUpPolicies">The follow-up schedules the flow counted against (one per distinct clinic schedule).</param>
public sealed record CohortOutcome(CohortSelection Selection, DateOnly AnalysisDate, IReadOnlyList<string> ClinicNames, IReadOnlyList<CohortLot> Lots,
    CohortFlow Flow, TrajectoryPanel Trajectory, SurvivalPanel Survival, NaturalHistoryPanel NaturalHistory, CohortSafetyPanel Safety,
    IReadOnlyList<FollowUpPolicy> FollowUpPolicies)
{
    /// <summary>Analyses the selected patients.</summary>
    public static CohortOutcome Of(CohortData data, IReadOnlyList<CohortPatient> patients, CohortSelection selection)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(patients);
        return new CohortOutcome(selection, data.AnalysisDate, data.ClinicNames, data.Lots, CohortFlow.Of(patients, data.AnalysisDate, data.FollowUpPolicies),
            TrajectoryPanel.Of(patients), SurvivalPanel.Of(patients), NaturalHistoryPanel.Of(patients), CohortSafetyPanel.Of(patients, data),
            [.. data.FollowUpPolicies.Values.DistinctBy(p => (string.Join(",", p.MonthsAfterEnd), p.WindowDays))]);
    }
}
