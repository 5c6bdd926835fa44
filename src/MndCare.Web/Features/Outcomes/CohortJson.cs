using MndCare.Application.Outcomes.Cohort;
using MndCare.Application.Safety.Rates;
using MndCare.Domain.Time;

namespace MndCare.Web.Features.Outcomes;

/// <summary>The cohort outcome as the API writes it: wire names, every figure with its n and interval, a number that is not finite as null.</summary>
/// <remarks>docs/outcomes/cohort.md, "API". Aggregate figures only: no patient id, name or MRN.</remarks>
public static class CohortJson
{
    /// <summary>The JSON body.</summary>
    public static object Of(CohortOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var flow = outcome.Flow;
        var trajectory = outcome.Trajectory;
        var survival = outcome.Survival;
        var cox = survival.Cox;
        var safety = outcome.Safety;
        return new
        {
            selection = outcome.Selection.QueryString(),
            analysisDate = ClinicTime.Format(outcome.AnalysisDate),
            clinics = outcome.ClinicNames,
            flow = new
            {
                selected = flow.Selected, withOnsetDate = flow.WithOnsetDate, withAlsfrsR = flow.WithAlsfrsR, visits = flow.Visits,
                selfRatedVisits = flow.SelfRatedVisits, withCourse = Share(flow.WithCourse), withFollowUp = Share(flow.WithFollowUp),
                timepointsMissed = Share(flow.TimepointsMissed), patientsMissingFollowUp = Share(flow.PatientsMissingFollowUp), dropOut = Share(flow.DropOut),
                deaths = Share(flow.Deaths), compositeEvents = Share(flow.CompositeEvents),
            },
            trajectory = new
            {
                observations = trajectory.Observations, patients = trajectory.Patients, patientsAfterCourse = trajectory.PatientsAfterCourse,
                selfRatedObservations = trajectory.SelfRatedObservations, patientsExcluded = trajectory.PatientsExcluded,
                hasPostCourseTerm = trajectory.HasPostCourseTerm, converged = trajectory.Fit?.Converged, singular = trajectory.Fit?.Singular,
                notEstimable = trajectory.NotEstimable,
                fixedEffects = trajectory.Fit?.FixedEffects.ToDictionary(e => e.Name, e => Estimate(CohortEstimate.Of(e)!)),
                randomEffects = trajectory.Fit?.RandomEffects is { } random
                    ? new { sdIntercept = N(random.SdIntercept), sdSlope = N(random.SdSlope), correlation = N(random.Correlation), sdResidual = N(random.SdResidual) }
                    : null,
            },
            survival = new
            {
                patients = survival.Patients, events = survival.Events, patientsExcluded = survival.PatientsExcluded,
                median = survival.Curve?.Median, lower95 = survival.Curve?.MedianLower95, upper95 = survival.Curve?.MedianUpper95,
                cox = new
                {
                    patients = cox.Patients, events = cox.Events, patientsExcluded = cox.PatientsExcluded, dropped = cox.Dropped, notEstimable = cox.NotEstimable,
                    concordance = N(cox.Fit?.Concordance), converged = cox.Fit?.Converged,
                    coefficients = cox.Fit?.Coefficients.ToDictionary(c => c.Name, c => new
                    {
                        coef = N(c.Coef), se = N(c.Se), hazardRatio = N(c.HazardRatio), lower95 = N(c.Lower95), upper95 = N(c.Upper95), p = N(c.P),
                    }),
                },
            },
            naturalHistory = new
            {
                patientsWithPrediction = outcome.NaturalHistory.PatientsWithPrediction, patientsWithoutPrediction = outcome.NaturalHistory.PatientsWithoutPrediction,
                events = outcome.NaturalHistory.Events,
                horizons = outcome.NaturalHistory.Horizons.Select(h => new
                {
                    months = h.Months, observed = N(h.Observed?.Survival), lower95 = N(h.Observed?.Lower95), upper95 = N(h.Observed?.Upper95),
                    meanPredicted = N(h.MeanPredicted),
                }),
                populationDeclinePerMonth = NaturalHistoryPanel.Population.MeanPerMonth,
            },
            adverseEvents = new
            {
                patientsExposed = safety.PatientsExposed, eventsBeforeCourse = safety.EventsBeforeCourse, drafts = safety.Drafts, notEstimable = safety.NotEstimable,
                rows = safety.Rates?.Rows.Select(Row),
            },
        };
    }

    private static object Share(CohortShare share) => new
    {
        count = share.Count, of = share.Of, proportion = share.Interval?.Estimate, lower95 = share.Interval?.Lower, upper95 = share.Interval?.Upper,
    };

    private static object Estimate(CohortEstimate estimate) => new
    {
        estimate = N(estimate.Estimate), standardError = N(estimate.StandardError), lower95 = N(estimate.Lower), upper95 = N(estimate.Upper),
    };

    private static object Row(SafetyRateRow row) => new
    {
        dimension = row.Dimension switch
        {
            SafetyRateDimension.AnyEvent => "any",
            SafetyRateDimension.Term => "term",
            SafetyRateDimension.Grade => "grade",
            SafetyRateDimension.Seriousness => "seriousness",
            SafetyRateDimension.Suspect => "lot",
            _ => throw new ArgumentOutOfRangeException(nameof(row), row.Dimension, "Unknown rate dimension."),
        },
        key = row.Key, label = row.Label, patientsWithEvent = row.PatientsWithEvent, patientsExposed = row.PatientsExposed, events = row.EventCount,
        proportion = row.Proportion, lower95 = row.Interval.Lower, upper95 = row.Interval.Upper,
    };

    // JSON has no NaN or infinity: a value that is not finite (a correlation with a zero SD) is written as null.
    private static double? N(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
