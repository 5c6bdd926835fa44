using MndCare.Domain.Time;
using MndCare.Statistics.Mixed;

namespace MndCare.Application.Outcomes.Cohort;

/// <summary>An estimate with its 95% interval.</summary>
/// <param name="Estimate">The estimate.</param>
/// <param name="Lower">Lower 95% limit.</param>
/// <param name="Upper">Upper 95% limit.</param>
/// <param name="StandardError">Its standard error.</param>
public sealed record CohortEstimate(double Estimate, double Lower, double Upper, double StandardError)
{
    /// <summary>The fixed effect with its Wald 95% interval (estimate ± 1.96 SE, as R's <c>confint(fit, method = "Wald")</c>).</summary>
    public static CohortEstimate? Of(FixedEffect? effect)
    {
        if (effect is null)
        {
            return null;
        }
        var (lower, upper) = effect.WaldInterval();
        return new CohortEstimate(effect.Estimate, lower, upper, effect.StandardError);
    }
}

/// <summary>The mean observed ALSFRS-R total in one band of months since the first ALSFRS-R (the chart's points).</summary>
/// <param name="FromMonths">Start of the band.</param>
/// <param name="ToMonths">End of the band.</param>
/// <param name="Observations">Assessments in it.</param>
/// <param name="MeanTotal">Their mean total.</param>
public sealed record TrajectoryBand(double FromMonths, double ToMonths, int Observations, double MeanTotal);

/// <summary>The linear mixed model of ALSFRS-R: total ~ months since the first ALSFRS-R + months since the course started + (months | patient), REML.</summary>
/// <remarks>Time runs from each patient's first ALSFRS-R, as in the synthetic export the engine is validated on (docs/statistics/validation.md); the
/// slopes do not depend on the origin, and an origin at onset, where every total is near 48, leaves almost no intercept variance (a singular fit).</remarks>
/// <param name="Observations">Assessments used.</param>
/// <param name="Patients">Patients (groups) used.</param>
/// <param name="PatientsAfterCourse">Patients with at least one assessment after their course started.</param>
/// <param name="SelfRatedObservations">Assessments used that were self-administered.</param>
/// <param name="PatientsExcluded">Selected patients left out: no ALSFRS-R.</param>
/// <param name="HasPostCourseTerm">False when no assessment follows a course start, so the model has no post-course term.</param>
/// <param name="Fit">The fit; null when the model could not be fitted.</param>
/// <param name="NotEstimable">The engine's error codes when it could not fit.</param>
/// <param name="Bands">Mean observed totals by 6-month band of months since the first ALSFRS-R (bands of at least five assessments).</param>
public sealed record TrajectoryPanel(int Observations, int Patients, int PatientsAfterCourse, int SelfRatedObservations, int PatientsExcluded,
    bool HasPostCourseTerm, LmmFit? Fit, IReadOnlyList<string> NotEstimable, IReadOnlyList<TrajectoryBand> Bands)
{
    /// <summary>The name of the slope term in the model (lme4's coefficient name).</summary>
    public const string MonthsTerm = "months";

    /// <summary>The name of the post-course term.</summary>
    public const string PostMonthsTerm = "post_months";

    /// <summary>The width of a chart band, months.</summary>
    public const double BandMonths = 6;

    /// <summary>Bands with fewer assessments are not drawn: a point of one or two patients is not an aggregate.</summary>
    public const int MinBandObservations = 5;

    /// <summary>The slope before the course (points per month; negative = decline) with its Wald 95% interval.</summary>
    public CohortEstimate? Slope => CohortEstimate.Of(Fit?.Effect(MonthsTerm));

    /// <summary>The change in slope after the course started (points per month) with its Wald 95% interval.</summary>
    public CohortEstimate? SlopeChange => CohortEstimate.Of(Fit?.Effect(PostMonthsTerm));

    /// <summary>Builds the model's data from the selected patients and fits it with the engine.</summary>
    public static TrajectoryPanel Of(IReadOnlyList<CohortPatient> patients)
    {
        ArgumentNullException.ThrowIfNull(patients);
        var groups = new List<int>();
        var months = new List<double>();
        var post = new List<double>();
        var scores = new List<double>();
        int groupCount = 0, selfRated = 0, afterCourse = 0;
        foreach (var patient in patients)
        {
            var used = patient.Visits;
            if (used.Count == 0)
            {
                continue;
            }
            var first = used[0].On;
            var start = patient.Course?.StartsOn;
            foreach (var visit in used)
            {
                groups.Add(groupCount);
                months.Add(ClinicalTime.MonthsBetween(first, visit.On));
                post.Add(visit.On > start ? ClinicalTime.MonthsBetween(start.Value, visit.On) : 0);
                scores.Add(visit.Total);
                selfRated += visit.SelfRated ? 1 : 0;
            }
            afterCourse += used.Any(v => v.On > start) ? 1 : 0;
            groupCount++;
        }
        var hasPost = afterCourse > 0;
        LmmFit? fit = null;
        IReadOnlyList<string> notEstimable = [];
        if (groupCount > 0)
        {
            var result = LinearMixedModel.Fit(new TrajectoryData([.. groups], [.. months], hasPost ? [.. post] : null, [.. scores], groupCount));
            fit = result.IsSuccess ? result.Value : null;
            notEstimable = result.IsSuccess ? [] : [.. result.Errors.Select(e => e.Code)];
        }
        return new TrajectoryPanel(scores.Count, groupCount, afterCourse, selfRated, patients.Count - groupCount, hasPost, fit, notEstimable,
            BandsOf(months, scores));
    }

    private static List<TrajectoryBand> BandsOf(List<double> months, List<double> scores) =>
        [.. months.Select((m, i) => (Band: Math.Floor(m / BandMonths), Score: scores[i])).GroupBy(x => x.Band).Where(g => g.Count() >= MinBandObservations).OrderBy(g => g.Key)
            .Select(g => new TrajectoryBand(g.Key * BandMonths, (g.Key + 1) * BandMonths, g.Count(), g.Average(x => x.Score)))];
}
