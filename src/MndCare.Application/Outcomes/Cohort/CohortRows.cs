using MndCare.Domain.Courses;
using MndCare.Domain.FollowUp;
using MndCare.Domain.Patients;

namespace MndCare.Application.Outcomes.Cohort;

/// <summary>The registry columns the cohort needs about one patient: dates and onset site, never a name or an MRN.</summary>
/// <param name="Id">The patient.</param>
/// <param name="ClinicId">The clinic.</param>
/// <param name="Sex">Administrative sex (Hankinson reference for ENCALS).</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="OnsetOn">Symptom onset; null when unknown.</param>
/// <param name="DiagnosisOn">Diagnosis; null when unknown.</param>
/// <param name="OnsetSite">Onset site; null when unknown.</param>
/// <param name="DeathOn">Death; null while alive or unknown.</param>
public sealed record CohortPatientRow(Guid Id, Guid ClinicId, Sex Sex, DateOnly BirthDate, DateOnly? OnsetOn, DateOnly? DiagnosisOn, OnsetSite? OnsetSite,
    DateOnly? DeathOn);

/// <summary>One current (not superseded) assessment with an ALSFRS-R: what the mixed model and the flow need.</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="AssessmentId">The assessment (to load the baseline's other inputs).</param>
/// <param name="On">The assessment date.</param>
/// <param name="Total">The ALSFRS-R total, 0–48.</param>
/// <param name="SelfRated">True when the patient or a caregiver rated it (self-administered ALSFRS-R).</param>
public sealed record CohortVisitRow(Guid PatientId, Guid AssessmentId, DateOnly On, int Total, bool SelfRated);

/// <summary>One treatment course: its dates and state.</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="StartsOn">First day.</param>
/// <param name="EndsOn">The day it ended: the day it was stopped for a course stopped early, otherwise its planned last day
/// (<see cref="Domain.FollowUp.FollowUpSchedule.EndOf"/>).</param>
/// <param name="Status">The course's state.</param>
/// <param name="Started">True once its start was recorded: a planned course, or one stopped before it started, is not a treatment.</param>
public sealed record CohortCourseRow(Guid PatientId, DateOnly StartsOn, DateOnly EndsOn, CourseStatus Status, bool Started);

/// <summary>One started infusion and its lot.</summary>
/// <param name="PatientId">The recipient.</param>
/// <param name="LotId">The lot.</param>
/// <param name="LotNumber">The lot number, as the cell lab labels it.</param>
public sealed record CohortInfusionRow(Guid PatientId, Guid LotId, string LotNumber);

/// <summary>One confirmed adverse event as the cohort's rate table counts it.</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="Term">The CTCAE term.</param>
/// <param name="Grade">The CTCAE grade.</param>
/// <param name="Serious">ICH E2A serious.</param>
/// <param name="On">Onset, or the day it was first known when the onset is not recorded.</param>
/// <param name="RelatedLots">Lots named as suspects with a causality of possible or stronger (WHO-UMC).</param>
public sealed record CohortAdverseEventRow(Guid PatientId, string Term, int Grade, bool Serious, DateOnly On, IReadOnlyList<Guid> RelatedLots);

/// <summary>A lot the selection form offers.</summary>
/// <param name="Id">The lot.</param>
/// <param name="LotNumber">Its number.</param>
public sealed record CohortLot(Guid Id, string LotNumber);

/// <summary>Everything the cohort analysis reads, loaded once with lean projections.</summary>
/// <param name="AnalysisDate">"Today" in the clinic: follow-up ends here.</param>
/// <param name="ClinicNames">The clinics the cohort comes from.</param>
/// <param name="Patients">The patients of those clinics.</param>
/// <param name="Visits">Their current ALSFRS-R assessments.</param>
/// <param name="Courses">Their treatment courses.</param>
/// <param name="Infusions">Their started infusions with lots.</param>
/// <param name="EndpointEvents">Their recorded terminal events (death, tracheostomy, permanent ventilation; the registry's death date too).</param>
/// <param name="KnownAliveOn">The latest vital-status check per patient (known alive on that day), where one is recorded.</param>
/// <param name="AdverseEvents">Their confirmed, graded adverse events.</param>
/// <param name="DraftAdverseEventPatients">The patient of each draft event (drafts are not counted until staff complete them).</param>
/// <param name="Lots">The clinics' lots, for the selection form.</param>
/// <param name="FollowUpPolicies">Each clinic's follow-up schedule (the default where the clinic set none).</param>
public sealed record CohortData(DateOnly AnalysisDate, IReadOnlyList<string> ClinicNames, IReadOnlyList<CohortPatientRow> Patients,
    IReadOnlyList<CohortVisitRow> Visits, IReadOnlyList<CohortCourseRow> Courses, IReadOnlyList<CohortInfusionRow> Infusions,
    IReadOnlyList<EndpointEventRow> EndpointEvents, IReadOnlyDictionary<Guid, DateOnly> KnownAliveOn, IReadOnlyList<CohortAdverseEventRow> AdverseEvents, IReadOnlyList<Guid> DraftAdverseEventPatients, IReadOnlyList<CohortLot> Lots,
    IReadOnlyDictionary<Guid, FollowUpPolicy> FollowUpPolicies);
