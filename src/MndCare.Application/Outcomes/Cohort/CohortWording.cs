using System.Globalization;
using MndCare.Application.Reports;

namespace MndCare.Application.Outcomes.Cohort;

/// <summary>How the cohort page and the ethics-committee report read in English and Simplified Chinese: headings, the sentences that carry
/// each figure with its n and interval, the methods and the limitations. Both use it, so the page and the PDF say the same.</summary>
/// <remarks>docs/outcomes/cohort.md, "Wording". The words report what was measured; they never say that the treatment works or is safe.</remarks>
public sealed partial record CohortWording
{
    /// <summary>"en" or "zh-Hans".</summary>
    public required string LanguageTag { get; init; }

    /// <summary>The page title.</summary>
    public required string Title { get; init; }

    /// <summary>The report title.</summary>
    public required string ReportTitle { get; init; }

    /// <summary>Section headings, in the report's order.</summary>
    public required string Methods { get; init; }

    /// <summary>The cohort section (selection and flow).</summary>
    public required string CohortHeading { get; init; }

    /// <summary>The outcomes section (mixed model, survival, Cox).</summary>
    public required string Outcomes { get; init; }

    /// <summary>The sentence under the outcomes heading.</summary>
    public required string OutcomesIntro { get; init; }

    /// <summary>The mixed-model heading.</summary>
    public required string TrajectoryHeading { get; init; }

    /// <summary>The Kaplan–Meier heading.</summary>
    public required string SurvivalHeading { get; init; }

    /// <summary>The Cox heading.</summary>
    public required string CoxHeading { get; init; }

    /// <summary>The natural-history heading.</summary>
    public required string NaturalHistoryHeading { get; init; }

    /// <summary>The adverse-event heading.</summary>
    public required string AdverseEventsHeading { get; init; }

    /// <summary>The limitations heading.</summary>
    public required string LimitationsHeading { get; init; }

    /// <summary>Meta lines: clinic, analysis date, selection, generated.</summary>
    public required string Clinic { get; init; }

    /// <summary>Label of the analysis date.</summary>
    public required string AnalysisDate { get; init; }

    /// <summary>Label of the selection.</summary>
    public required string Selection { get; init; }

    /// <summary>The selection when nothing is filtered.</summary>
    public required string Everyone { get; init; }

    /// <summary>Filter names: phenotype, onset site, ΔFS group, course start, lot.</summary>
    public required IReadOnlyList<string> FilterNames { get; init; }

    /// <summary>"from {0}" / "to {0}" for the course dates.</summary>
    public required string From { get; init; }

    /// <summary>"to {0}".</summary>
    public required string To { get; init; }

    /// <summary>"{0} of {1} ({2}%, 95% CI {3}–{4}%)".</summary>
    public required string ShareSentence { get; init; }

    /// <summary>"{0} of {1}", for a share of nothing (no interval).</summary>
    public required string CountOf { get; init; }

    /// <summary>The flow's rows, in <see cref="CohortFlow"/> order (selected … composite events).</summary>
    public required IReadOnlyList<string> FlowRows { get; init; }

    /// <summary>"{0} assessments, {1} self-administered".</summary>
    public required string VisitsSentence { get; init; }

    /// <summary>The follow-up schedule the flow counts against: "the end of the course and {0} months after it, each ±{1} days".</summary>
    public required string FollowUpSchedule { get; init; }

    /// <summary>Joins the months of a schedule: ", " or "、".</summary>
    public required string ListSeparator { get; init; }

    /// <summary>"{0} points/month (95% CI {1} to {2})".</summary>
    public required string EstimateSentence { get; init; }

    /// <summary>Label of the pre-course slope.</summary>
    public required string SlopeLabel { get; init; }

    /// <summary>Label of the change in slope.</summary>
    public required string SlopeChangeLabel { get; init; }

    /// <summary>"{0} assessments of {1} patients; {2} patients with assessments after their course started; {3} self-administered; {4} patients without an ALSFRS-R left out".</summary>
    public required string TrajectoryN { get; init; }

    /// <summary>"Between patients: SD of the intercept {0}, of the slope {1} points/month, correlation {2}; residual SD {3}".</summary>
    public required string RandomEffects { get; init; }

    /// <summary>Said when no assessment follows a course start.</summary>
    public required string NoPostCourseTerm { get; init; }

    /// <summary>Said when the fit is singular (lme4's isSingular()).</summary>
    public required string Singular { get; init; }

    /// <summary>Said when the optimiser did not meet its convergence tests.</summary>
    public required string NotConverged { get; init; }

    /// <summary>Said when a model cannot be fitted (the API gives the engine's codes).</summary>
    public required string NotEstimable { get; init; }

    /// <summary>The population reference for the slope: "{0} points/month on average; 95% of patients {1} to {2} (PRECISION-ALS, 7,030 patients)".</summary>
    public required string PopulationSlope { get; init; }

    /// <summary>"Median {0} months (95% CI {1} to {2})".</summary>
    public required string MedianSentence { get; init; }

    /// <summary>Said for a median (or a limit) not reached.</summary>
    public required string NotReached { get; init; }

    /// <summary>"{0} patients, {1} events; {2} without an onset date left out".</summary>
    public required string SurvivalN { get; init; }

    /// <summary>Cox table headers: covariate, hazard ratio, 95% CI, p.</summary>
    public required IReadOnlyList<string> CoxHeaders { get; init; }

    /// <summary>The covariates' names, by <see cref="CoxCovariates"/> name.</summary>
    public required IReadOnlyDictionary<string, string> Covariates { get; init; }

    /// <summary>"{0} patients with every covariate, {1} events; concordance {2}; {3} left out for a missing covariate".</summary>
    public required string CoxN { get; init; }

    /// <summary>"Left out because they do not vary in this cohort: {0}".</summary>
    public required string CoxDropped { get; init; }

    /// <summary>Natural-history table headers: months since onset, observed, ENCALS predicted.</summary>
    public required IReadOnlyList<string> HorizonHeaders { get; init; }

    /// <summary>"{0} (95% CI {1}–{2})" for a survival proportion.</summary>
    public required string SurvivalAt { get; init; }

    /// <summary>"{0} patients with every ENCALS predictor at baseline, {1} events; {2} without (never imputed)".</summary>
    public required string NaturalHistoryN { get; init; }

    /// <summary>"Patients exposed (course started): {0}. Not counted: {1} events before the course, {2} drafts".</summary>
    public required string SafetyN { get; init; }

    /// <summary>Rate table headers: row, patients with the event, events.</summary>
    public required IReadOnlyList<string> RateHeaders { get; init; }

    /// <summary>"No patient in this selection has started a course: there is no rate to report."</summary>
    public required string NoExposure { get; init; }

    /// <summary>Chart captions: trajectory, survival, natural history.</summary>
    public required IReadOnlyList<string> Captions { get; init; }

    /// <summary>Axis and legend words: months since onset, ALSFRS-R total, event-free probability, observed, ENCALS mean, model, 95% CI, months since the
    /// first ALSFRS-R.</summary>
    public required IReadOnlyList<string> ChartWords { get; init; }

    /// <summary>The methods, one paragraph each.</summary>
    public required IReadOnlyList<string> MethodParagraphs { get; init; }

    /// <summary>The limitations, one item each.</summary>
    public required IReadOnlyList<string> Limitations { get; init; }

    /// <summary>The evidence statement (docs/evidence/msc-therapy.md).</summary>
    public required string Evidence { get; init; }

    /// <summary>The report's footer.</summary>
    public required string Footer { get; init; }

    /// <summary>Chinese for any "zh" tag, English otherwise.</summary>
    public static CohortWording For(string? languageTag) => ReportLabels.IsChinese(languageTag) ? SimplifiedChinese : English;

    /// <summary>A share as a sentence: "12 of 80 (15.0%, 95% CI 8.0–24.7%)"; "0 of 0" without an interval.</summary>
    public string Share(CohortShare share)
    {
        ArgumentNullException.ThrowIfNull(share);
        return share.Interval is not { } interval
            ? Format(CountOf, share.Count, share.Of)
            : Format(ShareSentence, share.Count, share.Of, Percent(interval.Estimate, Math.Round), Percent(interval.Lower, Math.Floor),
                Percent(interval.Upper, Math.Ceiling));
    }

    /// <summary>An estimate with its 95% interval, in points per month.</summary>
    public string Estimate(CohortEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return Format(EstimateSentence, Number(estimate.Estimate, 3), Number(estimate.Lower, 3), Number(estimate.Upper, 3));
    }

    /// <summary>A median with its interval, "not reached" where R prints NA.</summary>
    public string Median(double? median, double? lower, double? upper) =>
        Format(MedianSentence, Months(median), Months(lower), Months(upper));

    /// <summary>A survival proportion with its interval.</summary>
    public string Survival(double estimate, double lower, double upper) =>
        Format(SurvivalAt, Number(estimate, 3), Number(lower, 3), Number(upper, 3));

    /// <summary>A number with a fixed count of decimals, invariant culture.</summary>
    public static string Number(double value, int decimals) => double.IsFinite(value)
        ? value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
        : "–";

    /// <summary>The template filled in, invariant culture.</summary>
    public static string Format(string template, params object?[] values) => string.Format(CultureInfo.InvariantCulture, template, values);

    private string Months(double? months) => months is { } m ? Number(m, 1) : NotReached;

    // One decimal; the lower limit rounded down and the upper up, so the printed interval contains the exact one (as SafetyRateWording).
    private static string Percent(double proportion, Func<double, double> direction) =>
        (direction(Math.Round(proportion * 1000, 9)) / 10).ToString("0.0", CultureInfo.InvariantCulture);
}
