using MndCare.Statistics.Trends;

namespace MndCare.Application.Outcomes.Patients;

/// <summary>One patient's outcome around one treatment course: the measurements over time, the ALSFRS-R slope before and after
/// the course, the natural-history ranges expected after it, ENCALS against the actual status, and the D50 phase.</summary>
/// <remarks>docs/outcomes/patient-outcome.md; ADR 0039. Numbers only, no wording: the page renders the texts. Null parts could
/// not be computed (the reason is given beside them).</remarks>
/// <param name="PatientId">The patient.</param>
/// <param name="PatientName">The patient's name, for the page heading (never in a chart).</param>
/// <param name="TimeZoneId">The clinic's time zone; dates are the clinic's.</param>
/// <param name="Today">Today in the clinic.</param>
/// <param name="Courses">The patient's started courses, earliest first, for choosing one.</param>
/// <param name="Course">The course analysed: the one asked for, or the first started; null when no course has started.</param>
/// <param name="CourseChosen">True when <paramref name="Course"/> was asked for, false when it is the first started by default.</param>
/// <param name="Points">Every current assessment, oldest first, timed from the course start.</param>
/// <param name="Weights">Body weights from assessments and infusion weighings, oldest first.</param>
/// <param name="Trend">Slopes, their difference and the expected ranges; null without a course.</param>
/// <param name="DeltaFsAtBaseline">ΔFS = (48 − total) / months since onset at the baseline visit (assumes 48 at onset); null when unknown.</param>
/// <param name="Encals">ENCALS at the baseline visit against the actual status; null when no visit gives a prediction.</param>
/// <param name="EncalsNotAvailable">Why there is no ENCALS prediction, or null.</param>
/// <param name="D50">The D50 fit and phases, or null.</param>
/// <param name="D50NotEstimable">Why there is no D50 fit, as a clinical reason code (<c>ReasonCodes.D50*</c>), or null.</param>
public sealed record PatientOutcome(
    Guid PatientId,
    string PatientName,
    string TimeZoneId,
    DateOnly Today,
    IReadOnlyList<OutcomeCourse> Courses,
    OutcomeCourse? Course,
    bool CourseChosen,
    IReadOnlyList<OutcomePoint> Points,
    IReadOnlyList<WeightPoint> Weights,
    OutcomeTrend? Trend,
    double? DeltaFsAtBaseline,
    EncalsAgainstStatus? Encals,
    string? EncalsNotAvailable,
    D50Summary? D50,
    string? D50NotEstimable);

/// <summary>A started treatment course.</summary>
/// <param name="Id">The course.</param>
/// <param name="StartsOn">Its first day (time zero of the outcome page).</param>
/// <param name="EndsOn">Its last day, or the day it was stopped.</param>
/// <param name="Status">Its status wire name (inProgress, completed, stoppedEarly).</param>
/// <param name="LengthMonths">Months from its first to its last day (Decision 1).</param>
public sealed record OutcomeCourse(Guid Id, DateOnly StartsOn, DateOnly EndsOn, string Status, double LengthMonths);

/// <summary>One current assessment on the outcome timeline.</summary>
/// <param name="AssessmentId">The assessment.</param>
/// <param name="Date">Its date.</param>
/// <param name="MonthsFromCourseStart">Months from the course's first day (negative before it); from the first visit without a course.</param>
/// <param name="Period">"beforeCourse" (on or before the first day) or "afterCourse".</param>
/// <param name="SelfRated">True when the patient or a carer rated the ALSFRS-R (the self-administered form).</param>
/// <param name="Total">ALSFRS-R total, or null when none was rated.</param>
/// <param name="Bulbar">Bulbar subscore.</param>
/// <param name="FineMotor">Fine motor subscore.</param>
/// <param name="GrossMotor">Gross motor subscore.</param>
/// <param name="Respiratory">Respiratory subscore.</param>
/// <param name="FvcPercentPredicted">FVC % predicted (as reported, or Hankinson 1999), or null.</param>
/// <param name="WeightKg">Body weight, or null.</param>
public sealed record OutcomePoint(
    Guid AssessmentId,
    DateOnly Date,
    double MonthsFromCourseStart,
    string Period,
    bool SelfRated,
    int? Total,
    int? Bulbar,
    int? FineMotor,
    int? GrossMotor,
    int? Respiratory,
    double? FvcPercentPredicted,
    decimal? WeightKg);

/// <summary>A body weight.</summary>
/// <param name="Date">When the patient was weighed (the clinic's date).</param>
/// <param name="MonthsFromCourseStart">Months from the course's first day.</param>
/// <param name="Kilograms">The weight.</param>
/// <param name="Source">"assessment" or "infusion" (the weighing before an infusion order).</param>
public sealed record WeightPoint(DateOnly Date, double MonthsFromCourseStart, decimal Kilograms, string Source);

/// <summary>The ALSFRS-R trend before and after the course and what natural history leads one to expect after it.</summary>
/// <param name="Before">OLS slope of the totals on or before the course's first day.</param>
/// <param name="After">OLS slope of the totals after it.</param>
/// <param name="Change">After minus before with its Welch–Satterthwaite interval; null unless both slopes exist.</param>
/// <param name="Baseline">The last total on or before the first day, the anchor of the population range; null without one.</param>
/// <param name="OwnTrendBand">The 95% prediction band of the pre-course line over the months after the course start; empty without it.</param>
/// <param name="PopulationBand">The population range from the baseline: PRECISION-ALS 95% of patients' slopes; empty without a baseline.</param>
/// <param name="Population">The population figures used.</param>
/// <param name="AfterVisits">Each post-course total with the two expected ranges at its date.</param>
public sealed record OutcomeTrend(
    SlopeSummary Before,
    SlopeSummary After,
    SlopeChange? Change,
    OutcomePoint? Baseline,
    IReadOnlyList<BandPoint> OwnTrendBand,
    IReadOnlyList<BandPoint> PopulationBand,
    PopulationDecline Population,
    IReadOnlyList<ExpectedAtVisit> AfterVisits);

/// <summary>An ALSFRS-R slope in points per month over one period, with its 95% interval, or why there is none.</summary>
/// <param name="Period">"beforeCourse" or "afterCourse".</param>
/// <param name="Count">n, the totals in the period.</param>
/// <param name="SelfRatedCount">How many of them were self-rated.</param>
/// <param name="Slope">The slope (negative: decline) with its 95% t interval; null when not estimable.</param>
/// <param name="Intercept">The line's total at the course start (a); null when not estimable.</param>
/// <param name="StandardError">SE of the slope; null when not estimable.</param>
/// <param name="DegreesOfFreedom">n − 2; null when not estimable.</param>
/// <param name="NotEstimable">tooFewPoints or noSpreadInX; null when estimated.</param>
public sealed record SlopeSummary(string Period, int Count, int SelfRatedCount, EstimateInterval? Slope, double? Intercept, double? StandardError,
    int? DegreesOfFreedom, string? NotEstimable);

/// <summary>The change in slope (after minus before), in points per month, with its 95% interval.</summary>
/// <param name="Difference">After minus before with its Welch–Satterthwaite 95% interval.</param>
/// <param name="StandardError">√(SE₁² + SE₂²).</param>
/// <param name="DegreesOfFreedom">Welch–Satterthwaite degrees of freedom.</param>
public sealed record SlopeChange(EstimateInterval Difference, double StandardError, double DegreesOfFreedom);

/// <summary>An expected ALSFRS-R range at one time, clamped to the scale's 0-48.</summary>
/// <param name="MonthsFromCourseStart">Months from the course's first day.</param>
/// <param name="Expected">The central value.</param>
/// <param name="Lower">The lower limit.</param>
/// <param name="Upper">The upper limit.</param>
public sealed record BandPoint(double MonthsFromCourseStart, double Expected, double Lower, double Upper);

/// <summary>A total after the course beside what the patient's own earlier course and the population lead one to expect.</summary>
/// <param name="Point">The visit.</param>
/// <param name="OwnTrend">The pre-course line's 95% prediction interval at that time; null without the line.</param>
/// <param name="Population">The population range at that time.</param>
public sealed record ExpectedAtVisit(OutcomePoint Point, BandPoint? OwnTrend, BandPoint Population);

/// <summary>The ENCALS prediction made at the baseline visit and where the patient actually is.</summary>
/// <param name="AssessmentId">The visit the prediction comes from.</param>
/// <param name="AssessmentDate">Its date.</param>
/// <param name="LinearPredictor">The linear predictor.</param>
/// <param name="MedianMonthsFromOnset">Predicted median event-free time from onset; null beyond the search range.</param>
/// <param name="Curve">S(t) from onset, on a grid for the chart.</param>
/// <param name="Status">The actual status.</param>
/// <param name="PredictedAtStatus">S(t) at the status time: the predicted probability of being event-free then.</param>
public sealed record EncalsAgainstStatus(Guid AssessmentId, DateOnly AssessmentDate, double LinearPredictor, double? MedianMonthsFromOnset,
    IReadOnlyList<CurvePoint> Curve, ActualStatus Status, double? PredictedAtStatus);

/// <summary>A point of a curve.</summary>
/// <param name="X">Months from onset.</param>
/// <param name="Y">The value.</param>
public sealed record CurvePoint(double X, double Y);

/// <summary>The D50 fit over all visits and the phase at the course start and now.</summary>
/// <param name="D50Months">Months from onset to ALSFRS-R 24.</param>
/// <param name="DxMonths">The time constant.</param>
/// <param name="RelativeD50AtCourseStart">rD50 at the course's first day; null without a course or onset.</param>
/// <param name="PhaseAtCourseStart">Its phase (Phase0, PhaseI, PhaseII); null with it.</param>
/// <param name="RelativeD50Now">rD50 today, or at death; null without onset.</param>
/// <param name="PhaseNow">Its phase.</param>
public sealed record D50Summary(double D50Months, double DxMonths, double? RelativeD50AtCourseStart, string? PhaseAtCourseStart, double? RelativeD50Now,
    string? PhaseNow);
