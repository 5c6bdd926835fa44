using MndCare.Domain.Assessments;
using MndCare.Domain.Criteria;
using MndCare.Domain.Prognosis;
using MndCare.Domain.Time;

namespace MndCare.Application.Outcomes.Cohort;

/// <summary>One patient as the cohort analysis sees them: registry dates, ALSFRS-R visits, the first started course, lots received,
/// the baseline and what was computed at it, and the composite endpoint.</summary>
/// <param name="Row">The registry columns.</param>
/// <param name="Visits">The current ALSFRS-R assessments, oldest first.</param>
/// <param name="Course">The first course that started (not merely planned); null without one.</param>
/// <param name="Lots">The lots of the patient's started infusions.</param>
/// <param name="Baseline">With a course, the last ALSFRS-R on or before its first day; without, the first ALSFRS-R; null when there is none.</param>
/// <param name="Endpoint">The composite endpoint.</param>
public sealed record CohortPatient(CohortPatientRow Row, IReadOnlyList<CohortVisitRow> Visits, CohortCourseRow? Course, IReadOnlySet<Guid> Lots,
    CohortVisitRow? Baseline, CompositeEndpoint Endpoint)
{
    /// <summary>The phenotype from the baseline's regional examination (Decision 10); undetermined without one.</summary>
    public MndPhenotype Phenotype { get; init; } = MndPhenotype.Undetermined;

    /// <summary>ΔFS at the baseline (Decision 3), points per month; null without onset or baseline.</summary>
    public double? DeltaFs { get; init; }

    /// <summary>The ΔFS group at the baseline; null without ΔFS.</summary>
    public ProgressionGroup? ProgressionGroup { get; init; }

    /// <summary>The ENCALS prediction at the baseline; null when a predictor is missing (nothing is imputed).</summary>
    public EncalsPrediction? Encals { get; init; }

    /// <summary>Months from onset to the endpoint event or the last-known-alive day; null without an onset date or when that day precedes onset.</summary>
    public double? SurvivalMonths => Row.OnsetOn is { } onset && (Endpoint.EventOn ?? Endpoint.LastKnownAliveOn) is var end && end >= onset
        ? ClinicalTime.MonthsBetween(onset, end)
        : null;

    /// <summary>True when the patient had a terminal event.</summary>
    public bool HadEvent => Endpoint.EventOn is not null;
}
