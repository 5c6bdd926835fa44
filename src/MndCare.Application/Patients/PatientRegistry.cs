using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Assessments;
using MndCare.Application.Auditing;
using MndCare.Application.Paging;
using MndCare.Domain.Assessments;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Explanations;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Patients;
using MndCare.Domain.Prognosis;
using MndCare.Domain.Results;
using MndCare.Domain.Text;
using MndCare.Domain.Time;
using MndCare.Persistence;

namespace MndCare.Application.Patients;

/// <summary>Find, view, register and edit patients, scoped to the actor's clinics and audited.</summary>
/// <remarks>
/// Default deny: staff see patients of clinics where a role grants the permission; a patient user sees only the
/// record their membership names. Anything outside the scope answers "not found", never "forbidden", so ids leak
/// nothing (security test plan AC-02).
/// </remarks>
public sealed class PatientRegistry(MndCareDbContext db, AuditTrail audit, TimeProvider clock, CaseEvaluator evaluator)
{
    /// <summary>The entity type written to the audit trail.</summary>
    public const string EntityType = "patient";

    /// <summary>Searches the registry.</summary>
    public async Task<Result<Paged<PatientSummary>>> SearchAsync(Actor actor, PatientQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        var errors = ValidateQuery(query, out var text);
        if (errors.Count > 0)
        {
            return await audit.RefuseAsync<Paged<PatientSummary>>(actor, errors,
                new AuditEntry("patient.search", AuditOutcome.Invalid) { EntityType = EntityType });
        }
        var patients = Readable(actor);
        if (text is not null)
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate))
            {
                patients = patients.Where(p => p.BirthDate == birthDate);
            }
            else
            {
                var folded = Patient.Fold(text);
                patients = patients.Where(p => p.SearchText.Contains(folded));
            }
        }
        var rows = await patients.OrderBy(p => p.NativeName).ThenBy(p => p.Id).ToPageAsync(query.Page, cancellationToken);
        var details = JsonSerializer.Serialize(new { q = text, page = rows.Page, pageSize = rows.PageSize, rows.Total, ids = rows.Items.Select(r => r.Id) });
        await audit.RecordAsync(actor, new AuditEntry("patient.search", AuditOutcome.Success) { EntityType = EntityType, Details = details },
            cancellationToken);
        return rows.Select(p => ToSummary(p, SeesMndHistory(actor, p.ClinicId, p.Id)));
    }

    /// <summary>One patient's registry entry.</summary>
    public async Task<Result<PatientRecord>> GetAsync(Actor actor, Guid patientId, CancellationToken cancellationToken)
    {
        var found = await FindReadableAsync(actor, patientId, "patient.read", cancellationToken);
        if (found is not { Record: var record })
        {
            return new NotFoundError(EntityType);
        }
        await audit.RecordAsync(actor, Entry("patient.read", AuditOutcome.Success, record.ClinicId, patientId), cancellationToken);
        return record;
    }

    /// <summary>The patient page: registry entry and timeline of assessments.</summary>
    public async Task<Result<PatientChart>> GetChartAsync(Actor actor, Guid patientId, CancellationToken cancellationToken)
    {
        var found = await FindReadableAsync(actor, patientId, "patient.chart.read", cancellationToken);
        if (found is not { } hit)
        {
            return new NotFoundError(EntityType);
        }
        var (record, patient, today) = hit;
        var assessments = await db.CurrentAssessmentsOf(patientId).AsNoTracking()
            .OrderBy(a => a.AssessmentDate).ThenBy(a => a.RecordedAtUtc)
            .ToListAsync(cancellationToken);
        await audit.RecordAsync(actor, Entry("patient.chart.read", AuditOutcome.Success, record.ClinicId, patientId), cancellationToken);
        var timeline = assessments.Select(a => ToTimelineEntry(evaluator, patient, a)).ToList();
        var (d50, notEstimable) = FitD50(timeline);
        double? relative = d50 is not null && patient.OnsetDate is { } onset
            ? d50.RelativeD50(ClinicalTime.MonthsBetween(onset, patient.DeathDate ?? today))
            : null;
        return new PatientChart(record, timeline, d50, notEstimable, relative, relative is { } r ? D50Fit.Phase(r) : null);
    }

    /// <summary>One current assessment as the timeline shows it (scores and FVC as the evaluator computes them); also the outcome page's.</summary>
    internal static TimelineEntry ToTimelineEntry(CaseEvaluator evaluator, Patient patient, Assessment a)
    {
        var result = evaluator.Evaluate(ClinicalCases.From(patient, a.Inputs, a.Id));
        double? months = patient.OnsetDate is { } onset ? ClinicalTime.MonthsBetween(onset, a.AssessmentDate) : null;
        return new TimelineEntry(a.Id, a.AssessmentDate, months, a.AlsfrsRMode?.ToString(), a.AlsfrsRWording, result.Alsfrsr?.Total, result.Alsfrsr?.Bulbar,
            result.Alsfrsr?.FineMotor, result.Alsfrsr?.GrossMotor, result.Alsfrsr?.Respiratory, a.FvcLiters, result.Fvc?.PercentPredicted,
            result.KingsStage, result.MitosStage, a.SupersedesId is not null);
    }

    /// <summary>The D50 model over the timeline's ALSFRS-R totals, or why it is not estimable.</summary>
    internal static (D50Fit? Fit, ClinicalReason? NotEstimable) FitD50(IReadOnlyList<TimelineEntry> timeline)
    {
        if (timeline.Count > 0 && timeline.All(t => t.MonthsFromOnset is null))
        {
            return (null, new ClinicalReason(ReasonCodes.D50OnsetUnknown));
        }
        var visits = timeline.Where(t => t.MonthsFromOnset is > 0 && t.AlsfrsRTotal is not null)
            .Select(t => (t.MonthsFromOnset!.Value, t.AlsfrsRTotal!.Value)).ToList();
        var fit = D50Model.Fit(visits);
        return fit.IsSuccess
            ? (fit.Value, null)
            : (null, new ClinicalReason(fit.Errors[0].Code == D50Model.TooFewVisits ? ReasonCodes.D50TooFewVisits : ReasonCodes.D50NotEstimable));
    }

    /// <summary>Registers a patient in <paramref name="clinicId"/>, or in the actor's only clinic when null.</summary>
    public async Task<Result<PatientRecord>> RegisterAsync(Actor actor, Guid? clinicId, PatientDetailsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var writable = actor.ClinicsGranting(Permission.WritePatients);
        // The outcome follows the error (AuditTrail.OutcomeOf).
        Task<Result<PatientRecord>> Refuse(IReadOnlyList<Error> errors, Guid? clinic) =>
            audit.RefuseAsync<PatientRecord>(actor, errors, Entry("patient.create", AuditOutcome.Success, clinic, null));

        if (writable.Count == 0)
        {
            return await Refuse([new ForbiddenError("register patients")], clinicId);
        }
        var targetClinicId = clinicId ?? (writable.Count == 1 ? writable[0] : (Guid?)null);
        if (targetClinicId is null)
        {
            return await Refuse([new ValidationError("clinicId", "required", "clinicId is required: you work in more than one clinic.")], null);
        }
        if (!writable.Contains(targetClinicId.Value))
        {
            return await Refuse([new NotFoundError("clinic")], targetClinicId);
        }
        if (!SeesMndHistory(actor, targetClinicId.Value, null) && HasMndHistory(input))
        {
            return await Refuse([new ForbiddenError(RecordMndHistory)], targetClinicId);
        }
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == targetClinicId, cancellationToken);
        var details = PatientDetails.Create(input, clinic.LocalDate(clock.GetUtcNow()));
        if (!details.IsSuccess)
        {
            return await Refuse(details.Errors, clinic.Id);
        }
        if (await MrnTakenAsync(clinic.Id, details.Value.Mrn, null, cancellationToken))
        {
            return await Refuse([DuplicateMrn()], clinic.Id);
        }
        var patient = Patient.Register(RecordId.New(clock), clinic.Id, details.Value, clock.GetUtcNow(), RecordId.New(clock));
        var saved = await SaveAuditedAsync(actor, patient, details.Value.ChangesSince(null), "patient.create", add: true, cancellationToken);
        return saved is null ? ToRecord(patient, clinic.Name, SeesMndHistory(actor, clinic.Id, patient.Id)) : await Refuse([saved], clinic.Id);
    }

    /// <summary>Replaces a patient's registry fields; <paramref name="expectedVersion"/> guards against lost updates.</summary>
    public async Task<Result<PatientRecord>> UpdateAsync(Actor actor, Guid patientId, PatientDetailsInput input, Guid? expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        // The outcome follows the error (AuditTrail.OutcomeOf).
        Task<Result<PatientRecord>> Refuse(IReadOnlyList<Error> errors, Guid? clinic) =>
            audit.RefuseAsync<PatientRecord>(actor, errors, Entry("patient.update", AuditOutcome.Success, clinic, patientId));

        var patient = await Writable(actor).SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken);
        if (patient is null)
        {
            var readable = await Readable(actor).AnyAsync(p => p.Id == patientId, cancellationToken);
            Error error = readable ? new ForbiddenError("edit patients") : new NotFoundError(EntityType);
            return await Refuse([error], null);
        }
        if (expectedVersion is { } expected && expected != patient.Version)
        {
            return await Refuse([Changed()], patient.ClinicId);
        }
        var seesHistory = SeesMndHistory(actor, patient.ClinicId, patientId);
        if (!seesHistory)
        {
            if (HasMndHistory(input))
            {
                return await Refuse([new ForbiddenError(RecordMndHistory)], patient.ClinicId);
            }
            // Fields the editor cannot see are kept as they are.
            input = WithMndHistoryOf(input, patient.Details);
        }
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == patient.ClinicId, cancellationToken);
        var details = PatientDetails.Create(input, clinic.LocalDate(clock.GetUtcNow()));
        if (!details.IsSuccess)
        {
            return await Refuse(details.Errors, patient.ClinicId);
        }
        if (await MrnTakenAsync(clinic.Id, details.Value.Mrn, patientId, cancellationToken))
        {
            return await Refuse([DuplicateMrn()], patient.ClinicId);
        }
        var changes = patient.Update(details.Value, clock.GetUtcNow(), RecordId.New(clock));
        var conflict = await SaveAuditedAsync(actor, patient, changes, "patient.update", add: false, cancellationToken);
        return conflict is null
            ? ToRecord(patient, clinic.Name, seesHistory)
            : await Refuse([conflict], patient.ClinicId);
    }

    /// <summary>Whether <paramref name="actor"/> sees and records the MND history (onset date and site, diagnosis and death
    /// dates) of a patient of <paramref name="clinicId"/>: the clinical team and the patient, never registration staff.</summary>
    /// <remarks>docs/security/access-matrix.md: administrators see no clinical content (security test plan AC-09).</remarks>
    public static bool SeesMndHistory(Actor actor, Guid clinicId, Guid? patientId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Can(Permission.ReadAssessments, clinicId) || (patientId is { } id && actor.OwnPatientIds.Contains(id));
    }

    private const string RecordMndHistory = "record the onset, diagnosis or death of a patient";

    private static bool HasMndHistory(PatientDetailsInput input) =>
        !string.IsNullOrWhiteSpace(input.OnsetDate) || !string.IsNullOrWhiteSpace(input.DiagnosisDate)
        || !string.IsNullOrWhiteSpace(input.OnsetSite) || !string.IsNullOrWhiteSpace(input.DeathDate);

    private static (string? Onset, string? Diagnosis, string? Site, string? Death) MndHistoryOf(PatientDetails details) =>
        (PatientDetails.FormatDate(details.OnsetDate), PatientDetails.FormatDate(details.DiagnosisDate),
            details.OnsetSite is { } site ? WireNames.Of(site) : null, PatientDetails.FormatDate(details.DeathDate));

    private static PatientDetailsInput WithMndHistoryOf(PatientDetailsInput input, PatientDetails current)
    {
        var (onset, diagnosis, site, death) = MndHistoryOf(current);
        return input with { OnsetDate = onset, DiagnosisDate = diagnosis, OnsetSite = site, DeathDate = death };
    }

    private IQueryable<Patient> Readable(Actor actor)
    {
        var clinics = actor.ClinicsGranting(Permission.ReadPatients);
        var own = actor.OwnPatientIds;
        return db.Patients.AsNoTracking().Where(p => clinics.Contains(p.ClinicId) || own.Contains(p.Id));
    }

    private IQueryable<Patient> Writable(Actor actor)
    {
        var clinics = actor.ClinicsGranting(Permission.WritePatients);
        return db.Patients.Where(p => clinics.Contains(p.ClinicId));
    }

    // The record, the patient and today's date in the patient's clinic (security test plan IV-02), in one query.
    private async Task<(PatientRecord Record, Patient Patient, DateOnly Today)?> FindReadableAsync(Actor actor, Guid patientId, string action,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var found = await Readable(actor)
            .Where(p => p.Id == patientId)
            .Join(db.Clinics, p => p.ClinicId, c => c.Id, (p, c) => new { Patient = p, Clinic = c })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            await audit.RecordAsync(actor, Entry(action, AuditOutcome.NotFound, null, patientId), cancellationToken);
            return null;
        }
        return (ToRecord(found.Patient, found.Clinic.Name, SeesMndHistory(actor, found.Patient.ClinicId, patientId)), found.Patient,
            found.Clinic.LocalDate(clock.GetUtcNow()));
    }

    private Task<bool> MrnTakenAsync(Guid clinicId, string mrn, Guid? exceptPatientId, CancellationToken cancellationToken) =>
        db.Patients.AnyAsync(p => p.ClinicId == clinicId && p.Mrn == mrn && p.Id != exceptPatientId, cancellationToken);

    /// <summary>Saves the patient and its audit event in one transaction; returns a conflict instead of throwing.</summary>
    private Task<Error?> SaveAuditedAsync(Actor actor, Patient patient, IReadOnlyList<FieldChange> changes, string action, bool add,
        CancellationToken cancellationToken)
    {
        if (add)
        {
            db.Patients.Add(patient);
        }
        // Otherwise the unique (clinic, MRN) index caught a race with another registration.
        return audit.SaveAsync(actor, [Entry(action, AuditOutcome.Success, patient.ClinicId, patient.Id) with { Changes = changes }],
            e => e is DbUpdateConcurrencyException ? Changed() : DuplicateMrn(), cancellationToken);
    }

    private static AuditEntry Entry(string action, AuditOutcome outcome, Guid? clinicId, Guid? patientId) => new(action, outcome)
    {
        ClinicId = clinicId,
        EntityType = EntityType,
        EntityId = patientId?.ToString("D"),
    };

    private static ConflictError Changed() => new(ConflictError.VersionMismatch, "The patient was changed by someone else; reload and try again.");

    private static ConflictError DuplicateMrn() => new("duplicateMrn", "Another patient in this clinic already has this MRN.");

    private static IReadOnlyList<Error> ValidateQuery(PatientQuery query, out string? text)
    {
        var validText = FreeText.Optional(query.Text, "q", PatientQuery.MaxTextLength);
        text = validText.IsSuccess ? validText.Value : null;
        return validText.Errors;
    }

    private static PatientSummary ToSummary(Patient p, bool withHistory) =>
        new(p.Id, p.Mrn, p.NativeName, p.LatinName, WireNames.Of(p.Sex), PatientDetails.FormatDate(p.BirthDate)!,
            withHistory ? p.DeathDate is not null : null);

    // Without the MND history, its fields are left out (null), as if not recorded.
    private static PatientRecord ToRecord(Patient p, string clinicName, bool withHistory)
    {
        var d = p.Details;
        var (onset, diagnosis, site, death) = withHistory ? MndHistoryOf(d) : default;
        return new PatientRecord(p.Id, p.ClinicId, clinicName, d.Mrn, d.NativeName, d.LatinName, WireNames.Of(d.Sex),
            PatientDetails.FormatDate(d.BirthDate)!, d.Phone, d.Email, WireNames.Of(d.PreferredLanguage),
            onset, diagnosis, site, death, p.Version.ToString("N"));
    }

}
