using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Assessments;
using MndCare.Application.Auditing;
using MndCare.Application.Outcomes.Cohort;
using MndCare.Application.Patients;
using MndCare.Domain.Assessments;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.FollowUp;
using MndCare.Domain.Patients;
using MndCare.Domain.Prognosis;
using MndCare.Domain.Results;
using MndCare.Domain.Time;
using MndCare.Persistence;

namespace MndCare.Application.Outcomes.Patients;

/// <summary>Reads one patient's outcome around a treatment course (the outcome page and <c>GET /api/patients/{id}/outcomes</c>);
/// clinical readers of the patient's clinic only, every read and refusal audited.</summary>
/// <remarks>docs/outcomes/patient-outcome.md, ADR 0039. The course is the one asked for, or the patient's first started course.</remarks>
public sealed class PatientOutcomes(MndCareDbContext db, AuditTrail audit, TimeProvider clock, CaseEvaluator evaluator)
{
    /// <summary>The audit action of a read.</summary>
    public const string ReadAction = "patient.outcome.read";

    /// <summary>No ENCALS prediction: the onset date is not recorded.</summary>
    public const string OnsetUnknown = "onsetUnknown";

    /// <summary>No ENCALS prediction: no visit on or before the course's first day (any visit, without a course) has every predictor.</summary>
    public const string NoPredictionAtBaseline = "noPredictionAtBaseline";

    /// <summary>The outcome of <paramref name="patientId"/> around <paramref name="courseId"/>, or around their first started course.</summary>
    public async Task<Result<PatientOutcome>> GetAsync(Actor actor, Guid patientId, Guid? courseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clinics = actor.ClinicsGranting(Permission.ReadAssessments);
        var found = await db.Patients.AsNoTracking().Where(p => p.Id == patientId && clinics.Contains(p.ClinicId))
            .Join(db.Clinics, p => p.ClinicId, c => c.Id, (p, c) => new { Patient = p, Clinic = c }).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return await audit.RefuseAsync<PatientOutcome>(actor, new NotFoundError(PatientRegistry.EntityType),
                Entry(AuditOutcome.NotFound, null, patientId) with { Details = JsonSerializer.Serialize(new { courseId }) });
        }
        var (patient, clinic) = (found.Patient, found.Clinic);
        var courses = await StartedCoursesAsync(patientId, cancellationToken);
        var course = courseId is null ? courses.FirstOrDefault() : courses.SingleOrDefault(c => c.Id == courseId);
        if (courseId is not null && course is null)
        {
            return await audit.RefuseAsync<PatientOutcome>(actor, new NotFoundError("course"),
                Entry(AuditOutcome.NotFound, clinic.Id, patientId) with { Details = JsonSerializer.Serialize(new { courseId }) });
        }
        var assessments = await db.CurrentAssessmentsOf(patientId).AsNoTracking().OrderBy(a => a.AssessmentDate).ThenBy(a => a.RecordedAtUtc)
            .ToListAsync(cancellationToken);
        var infusionWeights = await db.Infusions.AsNoTracking().Where(i => i.PatientId == patientId)
            .Select(i => new { i.WeightKg, i.WeightMeasuredAtUtc }).Distinct().ToListAsync(cancellationToken);
        var today = clinic.LocalDate(clock.GetUtcNow());
        var timeline = assessments.Select(a => PatientRegistry.ToTimelineEntry(evaluator, patient, a)).ToList();
        var zero = course?.StartsOn ?? (assessments.Count > 0 ? assessments[0].AssessmentDate : today);
        double Months(DateOnly date) => ClinicalTime.MonthsBetween(zero, date);
        var points = assessments.Zip(timeline, (a, t) => new OutcomePoint(a.Id, a.AssessmentDate, Months(a.AssessmentDate),
            a.AssessmentDate <= zero ? OutcomeTrends.BeforeCourse : OutcomeTrends.AfterCourse, a.AlsfrsRMode == AlsfrsRMode.SelfAdministered,
            t.AlsfrsRTotal, t.Bulbar, t.FineMotor, t.GrossMotor, t.Respiratory, t.FvcPercentPredicted, a.WeightKg)).ToList();
        List<WeightPoint> weights =
        [
            .. points.Where(p => p.WeightKg is not null).Select(p => new WeightPoint(p.Date, p.MonthsFromCourseStart, p.WeightKg!.Value, "assessment")),
            .. infusionWeights.Select(w => (w.WeightKg, Date: ClinicTime.LocalDate(w.WeightMeasuredAtUtc, clinic.TimeZoneId)))
                .Select(w => new WeightPoint(w.Date, Months(w.Date), w.WeightKg, "infusion")),
        ];
        var trend = course is null ? null : OutcomeTrends.Analyse(points, course.LengthMonths, PopulationDecline.PrecisionAls);
        // The visits a prediction may come from: those up to the course's first day, or all without a course.
        var baseline = assessments.Where(a => course is null || a.AssessmentDate <= course.StartsOn).ToList();
        var lastSeen = assessments.Count > 0 ? assessments[^1].AssessmentDate : today;
        var status = await ActualStatusAsync(patient, lastSeen, today, cancellationToken);
        var (encals, encalsMissing) = Encals(patient, baseline, status);
        var (d50, d50Missing) = PatientRegistry.FitD50(timeline);
        await audit.RecordAsync(actor, Entry(AuditOutcome.Success, clinic.Id, patientId) with
        {
            Details = JsonSerializer.Serialize(new { courseId = course?.Id, courseChosen = courseId is not null, assessmentIds = assessments.Select(a => a.Id) }),
        }, cancellationToken);
        var deltaFs = course is not null && baseline.Count > 0 ? evaluator.Evaluate(ClinicalCases.From(patient, baseline[^1].Inputs, baseline[^1].Id)).DeltaFs : null;
        return new PatientOutcome(patient.Id, patient.NativeName, clinic.TimeZoneId, today, courses, course, courseId is not null, points,
            [.. weights.OrderBy(w => w.Date)], trend, deltaFs, encals, encalsMissing, d50 is null ? null : D50Of(d50, patient, course, today), d50Missing?.Code);
    }

    // The ENCALS endpoint by the cohort's one rule (CompositeEndpoint.Of): the first death, tracheostomy or permanent ventilation
    // recorded (clinical events, the registry's death date), otherwise event-free on the last date the patient was seen or known alive.
    private async Task<ActualStatus> ActualStatusAsync(Patient patient, DateOnly lastSeen, DateOnly today, CancellationToken cancellationToken)
    {
        var kinds = CompositeEndpoint.Kinds.ToList();
        var events = await db.ClinicalEvents.AsNoTracking().Where(e => e.PatientId == patient.Id && kinds.Contains(e.Kind))
            .Select(e => new EndpointEventRow(e.PatientId, e.Kind, e.OccurredOn)).ToListAsync(cancellationToken);
        if (patient.DeathDate is { } died)
        {
            events.Add(new EndpointEventRow(patient.Id, ClinicalEventKind.Death, died));
        }
        var knownAlive = await db.VitalStatusChecks.AsNoTracking().Where(c => c.PatientId == patient.Id)
            .MaxAsync(c => (DateOnly?)c.KnownAliveOn, cancellationToken);
        var lastContact = knownAlive is { } alive && alive > lastSeen ? alive : lastSeen;
        var endpoint = CompositeEndpoint.Of(events, lastContact, patient.OnsetDate ?? lastSeen, today);
        var asOf = endpoint.EventOn ?? endpoint.LastKnownAliveOn;
        return new ActualStatus(endpoint.Kind is { } kind ? FollowUpWireNames.Of(kind) : null, asOf,
            patient.OnsetDate is { } onset ? ClinicalTime.MonthsBetween(onset, asOf) : null);
    }

    private async Task<List<OutcomeCourse>> StartedCoursesAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var rows = await db.TreatmentCourses.AsNoTracking().Where(c => c.PatientId == patientId && c.StartedAtUtc != null)
            .Select(c => new { c.Id, c.StartsOn, c.EndsOn, c.Status, c.EndedAtUtc, c.TimeZoneId, c.CreatedAtUtc }).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(c => c.StartsOn).ThenBy(c => c.CreatedAtUtc).Select(c =>
        {
            // A course stopped early ends on the day it stopped.
            var endsOn = c.Status == CourseStatus.StoppedEarly && c.EndedAtUtc is { } ended ? ClinicTime.LocalDate(ended, c.TimeZoneId) : c.EndsOn;
            return new OutcomeCourse(c.Id, c.StartsOn, endsOn, CourseWireNames.Of(c.Status), ClinicalTime.MonthsBetween(c.StartsOn, endsOn));
        })];
    }

    /// <summary>ENCALS from the last of <paramref name="baseline"/> that has every predictor, against the actual status.</summary>
    private (EncalsAgainstStatus? Encals, string? Missing) Encals(Patient patient, List<Assessment> baseline, ActualStatus status)
    {
        if (patient.OnsetDate is null)
        {
            return (null, OnsetUnknown);
        }
        var predicted = baseline.AsEnumerable().Reverse()
            .Select(a => (Assessment: a, Prediction: evaluator.Evaluate(ClinicalCases.From(patient, a.Inputs, a.Id)).EncalsPrediction))
            .FirstOrDefault(p => p.Prediction is not null);
        if (predicted.Prediction is not { } prediction)
        {
            return (null, NoPredictionAtBaseline);
        }
        var end = Math.Max(Math.Clamp((prediction.MedianMonthsFromOnset ?? 120) * 2.5, 60, 240), (status.MonthsFromOnset ?? 0) * 1.1);
        IReadOnlyList<CurvePoint> curve = [.. Enumerable.Range(1, EncalsCurveSteps).Select(i => end * i / EncalsCurveSteps)
            .Select(t => new CurvePoint(t, prediction.Survival(t)))];
        double? atStatus = status.MonthsFromOnset is { } months and >= 0 ? prediction.Survival(months) : null;
        return (new EncalsAgainstStatus(predicted.Assessment.Id, predicted.Assessment.AssessmentDate, prediction.LinearPredictor,
            prediction.MedianMonthsFromOnset, curve, status, atStatus), null);
    }

    private const int EncalsCurveSteps = 240;

    // rD50 at the course's first day and now (today, or at death), as the patient page computes it.
    private static D50Summary D50Of(D50Fit fit, Patient patient, OutcomeCourse? course, DateOnly today)
    {
        double? Relative(DateOnly? date) =>
            patient.OnsetDate is { } onset && date is { } d && d >= onset ? fit.RelativeD50(ClinicalTime.MonthsBetween(onset, d)) : null;
        var atStart = Relative(course?.StartsOn);
        var now = Relative(patient.DeathDate ?? today);
        return new D50Summary(fit.D50Months, fit.DxMonths, atStart, atStart is { } a ? D50Fit.Phase(a).ToString() : null, now,
            now is { } n ? D50Fit.Phase(n).ToString() : null);
    }

    private static AuditEntry Entry(AuditOutcome outcome, Guid? clinicId, Guid patientId) => new(ReadAction, outcome)
    {
        ClinicId = clinicId,
        EntityType = PatientRegistry.EntityType,
        EntityId = patientId.ToString("D"),
    };
}
