using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Assessments.Wordings;
using MndCare.Application.Auditing;
using MndCare.Application.Patients;
using MndCare.Domain.Assessments;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Criteria;
using MndCare.Domain.Explanations;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;
using MndCare.Domain.Text;
using MndCare.Domain.Time;
using MndCare.Persistence;

namespace MndCare.Application.Assessments;

/// <summary>Record, correct and read clinical assessments; every action audited, scoped to the actor's clinics.</summary>
/// <remarks>Assessments are append-only: a correction is a new assessment that supersedes the old one and carries a
/// reason (21 CFR 11.10(e)); the old one stays readable.</remarks>
public sealed class AssessmentRecords(MndCareDbContext db, AuditTrail audit, TimeProvider clock, CaseEvaluator evaluator, AlsfrsRWordings wordings)
{
    /// <summary>The entity type written to the audit trail.</summary>
    public const string EntityType = "assessment";

    /// <summary>Longest correction reason, in text elements.</summary>
    public const int MaxReasonLength = 1000;

    /// <summary>Computes the results of a form without saving (the "calculate" step of the entry screen).</summary>
    public async Task<Result<AssessmentReport>> PreviewAsync(Actor actor, Guid patientId, AssessmentForm form, CancellationToken cancellationToken)
    {
        var (patient, today, zone) = await PatientAsync(actor, patientId, Permission.RecordAssessments, "assessment.preview", cancellationToken);
        if (patient is null)
        {
            return new NotFoundError(PatientEntity);
        }
        var inputs = AssessmentInputsFactory.Create(form, patient, today, wordings);
        await audit.RecordAsync(actor, Entry("assessment.preview", inputs.IsSuccess ? AuditOutcome.Success : AuditOutcome.Invalid, patient, null),
            cancellationToken);
        return inputs.IsSuccess ? Report(patient, today, zone, Guid.Empty, inputs.Value, clock.GetUtcNow().UtcDateTime, null, null, null) : Result<AssessmentReport>.Failure(inputs.Errors);
    }

    /// <summary>Saves a new assessment of <paramref name="patientId"/>.</summary>
    public Task<Result<AssessmentReport>> RecordAsync(Actor actor, Guid patientId, AssessmentForm form, CancellationToken cancellationToken) =>
        SaveAsync(actor, patientId, null, form, cancellationToken);

    /// <summary>Saves a correction of <paramref name="assessmentId"/>: a new assessment that supersedes it, with a reason.</summary>
    public async Task<Result<AssessmentReport>> CorrectAsync(Actor actor, Guid assessmentId, AssessmentForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var original = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
        if (original is null || !actor.Can(Permission.RecordAssessments, original.ClinicId))
        {
            return await audit.RefuseAsync<AssessmentReport>(actor, new NotFoundError(EntityType),
                new AuditEntry("assessment.correct", AuditOutcome.NotFound) { EntityType = EntityType, EntityId = assessmentId.ToString("D") });
        }
        return await SaveAsync(actor, original.PatientId, original, form, cancellationToken);
    }

    /// <summary>One assessment with every result and reason.</summary>
    public async Task<Result<AssessmentReport>> GetAsync(Actor actor, Guid assessmentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var assessment = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
        var found = assessment is null || !actor.Can(Permission.ReadAssessments, assessment.ClinicId)
            ? null
            : await db.Patients.AsNoTracking().Where(p => p.Id == assessment.PatientId)
                .Join(db.Clinics, p => p.ClinicId, c => c.Id, (p, c) => new { Patient = p, Clinic = c }).SingleAsync(cancellationToken);
        if (assessment is null || found is null)
        {
            return await audit.RefuseAsync<AssessmentReport>(actor, new NotFoundError(EntityType),
                new AuditEntry("assessment.read", AuditOutcome.NotFound) { EntityType = EntityType, EntityId = assessmentId.ToString("D") });
        }
        var supersededBy = await db.Assessments.AsNoTracking().Where(a => a.SupersedesId == assessmentId).Select(a => (Guid?)a.Id)
            .SingleOrDefaultAsync(cancellationToken);
        var patient = found.Patient;
        await audit.RecordAsync(actor, Entry("assessment.read", AuditOutcome.Success, patient, assessmentId), cancellationToken);
        return Report(patient, found.Clinic.LocalDate(clock.GetUtcNow()), found.Clinic.TimeZoneId, assessment.Id, assessment.Inputs, assessment.RecordedAtUtc,
            assessment.SupersedesId, assessment.CorrectionReason, supersededBy) with { FtdAndC9orf72FromCheckboxes = assessment.FtdAndC9orf72FromCheckboxes };
    }

    /// <summary>The entry form for a new assessment, dated today in the patient's clinic. For the patient's first assessment
    /// it is prefilled from their latest questionnaire (docs/instruments/questionnaire-prefill.md); nothing is saved.</summary>
    public async Task<Result<AssessmentStart>> StartAsync(Actor actor, Guid patientId, CancellationToken cancellationToken)
    {
        const string action = "assessment.form";
        var (patient, today, _) = await PatientAsync(actor, patientId, Permission.RecordAssessments, action, cancellationToken);
        if (patient is null)
        {
            return new NotFoundError(PatientEntity);
        }
        var prefill = await PrefillAsync(actor, patient, cancellationToken);
        var form = new AssessmentForm { AssessmentDate = PatientDetails.FormatDate(today), ExaminationRecorded = true };
        await audit.RecordAsync(actor, Entry(action, AuditOutcome.Success, patient, null) with
        {
            Details = JsonSerializer.Serialize(new { patient = patient.Id, prefilledFrom = prefill?.ConsultationId }),
        }, cancellationToken);
        return new AssessmentStart(patient.NativeName, prefill?.Fill(form) ?? form, prefill);
    }

    // Only a first assessment is prefilled: later ones follow the clinic's own record, not what the patient once wrote.
    private async Task<QuestionnairePrefill?> PrefillAsync(Actor actor, Patient patient, CancellationToken cancellationToken)
    {
        if (!actor.Can(Permission.ReadConsultations, patient.ClinicId) || await db.Assessments.AnyAsync(a => a.PatientId == patient.Id, cancellationToken))
        {
            return null;
        }
        var sent = await db.Consultations.AsNoTracking().Where(c => c.PatientId == patient.Id && c.LastSubmittedAtUtc != null)
            .OrderByDescending(c => c.LastSubmittedAtUtc).FirstOrDefaultAsync(cancellationToken);
        if (sent is null)
        {
            return null;
        }
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == patient.ClinicId, cancellationToken);
        var sentOn = clinic.LocalDate(new DateTimeOffset(sent.LastSubmittedAtUtc!.Value, TimeSpan.Zero));
        return new QuestionnairePrefill(sent.Id, sentOn, sent.Answers);
    }

    /// <summary>The form of an assessment, for its correction screen (no audit of its own: the page reads the report).</summary>
    public static AssessmentForm FormOf(AssessmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return AssessmentInputsFactory.ToForm(report.Inputs);
    }

    private async Task<Result<AssessmentReport>> SaveAsync(Actor actor, Guid patientId, Assessment? original, AssessmentForm form,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(form);
        var action = original is null ? "assessment.create" : "assessment.correct";
        var (patient, today, zone) = await PatientAsync(actor, patientId, Permission.RecordAssessments, action, cancellationToken);
        if (patient is null)
        {
            return new NotFoundError(PatientEntity);
        }
        var errors = new List<Error>();
        var inputs = AssessmentInputsFactory.Create(form, patient, today, wordings);
        errors.AddRange(inputs.Errors);
        string? reason = null;
        if (original is not null)
        {
            var validReason = FreeText.Required(form.CorrectionReason, "correctionReason", MaxReasonLength, multiline: true);
            errors.AddRange(validReason.Errors);
            reason = validReason.IsSuccess ? validReason.Value : null;
            if (reason is not null && ReasonForChange.TooShort(reason, "correctionReason") is { } tooShort)
            {
                errors.Add(tooShort);
            }
        }
        if (errors.Count > 0)
        {
            return await audit.RefuseAsync<AssessmentReport>(actor, errors, Entry(action, AuditOutcome.Invalid, patient, original?.Id));
        }
        var assessment = Assessment.Record(RecordId.New(clock), patient.Id, patient.ClinicId, inputs.Value, clock.GetUtcNow(), actor.UserId,
            original?.Id, reason);
        db.Assessments.Add(assessment);
        // The unique index on the superseded id: someone corrected this assessment first.
        var conflict = await audit.SaveAsync(actor, [Entry(action, AuditOutcome.Success, patient, assessment.Id) with
        {
            Reason = reason,
            Details = JsonSerializer.Serialize(new { supersedes = original?.Id }),
            Changes = Changes(original?.Inputs, inputs.Value),
        }], _ => AlreadyCorrected(), cancellationToken);
        if (conflict is not null)
        {
            return await audit.RefuseAsync<AssessmentReport>(actor, conflict, Entry(action, AuditOutcome.Conflict, patient, original?.Id));
        }
        return Report(patient, today, zone, assessment.Id, assessment.Inputs, assessment.RecordedAtUtc, assessment.SupersedesId, reason, null);
    }

    /// <summary>The patient, if the actor may act on them, with today's date and the time zone of the patient's clinic.</summary>
    private async Task<(Patient? Patient, DateOnly Today, string TimeZoneId)> PatientAsync(Actor actor, Guid patientId, Permission permission, string action,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clinics = actor.ClinicsGranting(permission);
        var found = await db.Patients.AsNoTracking().Where(p => p.Id == patientId && clinics.Contains(p.ClinicId))
            .Join(db.Clinics, p => p.ClinicId, c => c.Id, (p, c) => new { Patient = p, Clinic = c })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            await audit.RecordAsync(actor, new AuditEntry(action, AuditOutcome.NotFound)
            {
                EntityType = PatientEntity,
                EntityId = patientId.ToString("D"),
            }, cancellationToken);
            return (null, default, string.Empty);
        }
        return (found.Patient, found.Clinic.LocalDate(clock.GetUtcNow()), found.Clinic.TimeZoneId);
    }

    private const string PatientEntity = PatientRegistry.EntityType;

    private static ConflictError AlreadyCorrected() =>
        new("alreadyCorrected", "This assessment was corrected by someone else meanwhile; open the newest version.");

    // "Today" is the date in the patient's clinic, as for every other date rule (security test plan IV-02).
    private AssessmentReport Report(Patient patient, DateOnly today, string timeZoneId, Guid id, AssessmentInputs inputs, DateTime recordedAtUtc, Guid? supersedes,
        string? reason, Guid? supersededBy)
    {
        var clinicalCase = ClinicalCases.From(patient, inputs, id);
        var results = evaluator.Evaluate(clinicalCase);
        double? monthsToday = patient.OnsetDate is { } onset && onset < today ? ClinicalTime.MonthsBetween(onset, patient.DeathDate ?? today) : null;
        return new AssessmentReport(id, patient.Id, patient.NativeName, inputs, recordedAtUtc, timeZoneId, supersedes, reason, supersededBy, results,
            Explain(clinicalCase, inputs), monthsToday);
    }

    /// <summary>The reasons behind each result, from the same case the evaluator computed.</summary>
    private static AssessmentExplanations Explain(ClinicalCase c, AssessmentInputs inputs)
    {
        var findings = inputs.Findings;
        var months = CaseEvaluator.MonthsSinceOnset(c);
        var age = CaseEvaluator.AgeAtAssessment(c);
        var deceased = c.Deceased;
        IReadOnlyList<ClinicalReason> kings = deceased ? KingsStaging.ForDeceased().Reasons : inputs.AlsfrsR is { } a ? KingsStaging.Stage(a).Reasons : [];
        IReadOnlyList<ClinicalReason> mitos = deceased ? MitosStaging.ForDeceased().Reasons : inputs.AlsfrsR is { } b ? MitosStaging.Stage(b).Reasons : [];
        return findings is null
            ? new AssessmentExplanations([], [], [], [], [], kings, mitos)
            : new AssessmentExplanations(
                RevisedElEscorial.Classify(findings).Reasons,
                Awaji.Classify(findings).Reasons,
                GoldCoast.Classify(findings).Reasons,
                PlsCriteria.Classify(findings, age, months / 12).Reasons,
                PhenotypeClassifier.Classify(findings, months).Reasons,
                kings,
                mitos);
    }

    private static AuditEntry Entry(string action, AuditOutcome outcome, Patient patient, Guid? assessmentId) => new(action, outcome)
    {
        ClinicId = patient.ClinicId,
        EntityType = assessmentId is null ? PatientEntity : EntityType,
        EntityId = (assessmentId ?? patient.Id).ToString("D"),
        Details = JsonSerializer.Serialize(new { patient = patient.Id }),
    };

    private static IReadOnlyList<FieldChange> Changes(AssessmentInputs? before, AssessmentInputs after)
    {
        var old = before is null ? null : AssessmentInputsFactory.ToForm(before);
        var now = AssessmentInputsFactory.ToForm(after);
        static IEnumerable<(string Field, string? Value)> Fields(AssessmentForm f) =>
        [
            ("assessmentDate", f.AssessmentDate), ("mode", f.Mode), ("alsfrsrWording", f.AlsfrsRWording), .. f.Items, ("gastrostomy", f.Gastrostomy.ToString()),
            ("fvcLiters", f.FvcLiters), ("fvcPercentPredicted", f.FvcPercentPredicted), ("heightCm", f.HeightCm), ("weightKg", f.WeightKg), ("ethnicity", f.Ethnicity),
            ("examinationRecorded", f.ExaminationRecorded.ToString()), ("umn", string.Join(",", f.Umn)), ("lmnClinical", string.Join(",", f.LmnClinical)),
            ("lmnEmg", string.Join(",", f.LmnEmg)), ("fasciculationEmg", string.Join(",", f.FasciculationEmg)),
            ("progression", f.Progression.ToString()), ("alternativeExcluded", f.AlternativeExcluded.ToString()), ("ftd", f.Ftd),
            ("c9orf72", f.C9orf72),
        ];
        var oldFields = old is null ? null : Fields(old).ToDictionary(f => f.Field, f => f.Value);
        return [.. Fields(now).Where(f => oldFields is null || !string.Equals(oldFields[f.Field], f.Value, StringComparison.Ordinal))
            .Select(f => new FieldChange(f.Field, oldFields?[f.Field], f.Value))];
    }
}
