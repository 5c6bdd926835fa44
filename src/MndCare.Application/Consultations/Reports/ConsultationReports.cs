using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Assessments;
using MndCare.Application.Auditing;
using MndCare.Application.Files;
using MndCare.Application.Reports;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Consultations;
using MndCare.Domain.Consultations.Eligibility;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;
using MndCare.Domain.Text;
using MndCare.Domain.Time;
using MndCare.Persistence;
using MndCare.Persistence.Identity;

namespace MndCare.Application.Consultations.Reports;

/// <summary>Consultation reports: preview, sign (password re-entered), read and download the signed PDF.</summary>
/// <remarks>
/// Signing is an electronic signature under 21 CFR 11.200(a): the signer re-enters their password, and the printed name,
/// time and meaning are kept with the report. A signed report never changes; a correction is a new signed version that
/// names the one it supersedes and why. The PDF is rendered once, at signing, and kept encrypted with its SHA-256.
/// </remarks>
public sealed class ConsultationReports(MndCareDbContext db, AuditTrail audit, TimeProvider clock, UserManager<MndCareUser> users,
    ConsultationRequests requests, ConsultationViews views, AssessmentRecords assessments, EligibilityPolicies policies,
    EncryptedFileStore store, ReportPdfRenderer renderer)
{
    /// <summary>The entity type written to the audit trail.</summary>
    public const string EntityType = "consultationReport";

    /// <summary>Longest free text of a report field, in text elements.</summary>
    public const int MaxTextLength = ConsultationReport.MaxTextLength;

    /// <summary>The report as it would be signed now, with its checklist; nothing is saved.</summary>
    public async Task<Result<ReportPreview>> PreviewAsync(Actor actor, Guid consultationId, ReportDraft draft, CancellationToken cancellationToken)
    {
        const string action = "consultation.report.preview";
        var reached = await requests.ReachAsStaffAsync(actor, consultationId, action, Permission.SignConsultationReports, cancellationToken);
        if (!reached.IsSuccess)
        {
            return Result<ReportPreview>.Failure(reached.Errors);
        }
        var facts = await FactsAsync(actor, reached.Value, draft, cancellationToken);
        await audit.RecordAsync(actor, Entry(action, facts.IsSuccess ? AuditOutcome.Success : AuditOutcome.Invalid, reached.Value, null), cancellationToken);
        return facts.IsSuccess
            ? new ReportPreview(ConsultationReportComposer.Compose(facts.Value, null), facts.Value.Checklist)
            : Result<ReportPreview>.Failure(facts.Errors);
    }

    /// <summary>Signs the report: checks the password, renders and stores the PDF, answers the consultation.</summary>
    public async Task<Result<ConsultationReportSummary>> SignAsync(Actor actor, Guid consultationId, ReportDraft draft, string? password,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        const string action = "consultation.report.sign";
        var reached = await requests.ReachAsStaffAsync(actor, consultationId, action, Permission.SignConsultationReports, cancellationToken);
        if (!reached.IsSuccess)
        {
            return Result<ConsultationReportSummary>.Failure(reached.Errors);
        }
        var consultation = reached.Value;
        var signer = await users.FindByIdAsync(actor.UserId!.Value.ToString("D"));
        if (signer is null || string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(signer, password))
        {
            if (signer is not null)
            {
                await users.AccessFailedAsync(signer);
            }
            return await FailAsync(actor, new ValidationError("password", "signatureFailed", "The password is wrong; the report was not signed."),
                Entry(action, AuditOutcome.Denied, consultation, null));
        }
        var facts = await FactsAsync(actor, consultation, draft, cancellationToken);
        if (!facts.IsSuccess)
        {
            return await FailAsync(actor, facts.Errors, Entry(action, AuditOutcome.Invalid, consultation, null));
        }
        var previous = await db.ConsultationReports.AsNoTracking().Where(r => r.ConsultationId == consultationId)
            .OrderByDescending(r => r.VersionNumber).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var answered = consultation.Answer(now, RecordId.New(clock));
        if (!answered.IsSuccess)
        {
            return await FailAsync(actor, answered.Errors, Entry(action, AuditOutcome.Conflict, consultation, null));
        }
        var view = facts.Value.Consultation;
        var signature = new ReportSignature(signer.DisplayName, ConsultationReportComposer.SignerRole(view.PatientLanguage),
            ClinicTime.Local(now, view.TimeZoneId), facts.Value.VersionNumber, null);
        var document = ConsultationReportComposer.Compose(facts.Value, signature);
        var reportId = RecordId.New(clock);
        var pdf = renderer.Render(document);
        using var pdfStream = new MemoryStream(pdf, writable: false);
        var stored = await store.WriteAsync(reportId, consultation.PatientId, pdfStream, cancellationToken);
        if (!stored.IsSuccess)
        {
            return await FailAsync(actor, stored.Errors, Entry(action, AuditOutcome.Error, consultation, null));
        }
        var blob = stored.Value;
        var report = ConsultationReport.Sign(reportId, consultation, facts.Value.VersionNumber, view.PatientLanguage, facts.Value.Recommendation,
            ReportJson.Serialize(document), signer.Id, signer.DisplayName, now, previous, facts.Value.CorrectionReason,
            blob.ToEncryptedBlob());
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.ConsultationReports.Add(report);
            await audit.AppendAsync(actor, [Entry(action, AuditOutcome.Success, consultation, reportId) with
            {
                Reason = facts.Value.CorrectionReason,
                Changes =
                [
                    new FieldChange("version", previous?.VersionNumber.ToString(CultureInfo.InvariantCulture),
                        report.VersionNumber.ToString(CultureInfo.InvariantCulture)),
                    new FieldChange("recommendation", null, ProgrammeRecommendationNames.Of(report.Recommendation)),
                    new FieldChange("meaning", null, "consultation report signed by " + signer.DisplayName),
                    new FieldChange("pdfSha256", null, Convert.ToHexStringLower(report.Sha256)),
                ],
            }], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            store.Delete(blob.BlobName);
            db.ChangeTracker.Clear();
            return await FailAsync(actor, new ConflictError("versionMismatch", "Someone signed or changed this consultation meanwhile; reload it."),
                Entry(action, AuditOutcome.Conflict, consultation, null));
        }
        return new ConsultationReportSummary(report.Id, report.VersionNumber, report.Language, ProgrammeRecommendationNames.Of(report.Recommendation),
            report.SignerName, report.SignedAtUtc, Superseded: false);
    }

    /// <summary>A signed report's content, for its patient or the clinic's staff.</summary>
    public async Task<Result<SignedReport>> GetAsync(Actor actor, Guid consultationId, Guid reportId, CancellationToken cancellationToken)
    {
        var found = await FindAsync(actor, consultationId, reportId, "consultation.report.read", cancellationToken);
        if (found is null)
        {
            return new NotFoundError(EntityType);
        }
        var (reached, report) = found.Value;
        var superseded = await db.ConsultationReports.AnyAsync(r => r.SupersedesId == reportId, cancellationToken);
        await audit.RecordAsync(actor, Entry("consultation.report.read", AuditOutcome.Success, reached.Consultation, reportId), cancellationToken);
        return new SignedReport(report.Id, consultationId, report.VersionNumber, ReportJson.Deserialize(report.ContentJson), report.SignerName,
            report.SignedAtUtc, superseded, Convert.ToHexStringLower(report.Sha256));
    }

    /// <summary>The signed PDF, verified against its hash.</summary>
    public async Task<Result<FileDownload>> DownloadPdfAsync(Actor actor, Guid consultationId, Guid reportId, CancellationToken cancellationToken)
    {
        const string action = "consultation.report.download";
        var found = await FindAsync(actor, consultationId, reportId, action, cancellationToken);
        if (found is null)
        {
            return new NotFoundError(EntityType);
        }
        var (reached, report) = found.Value;
        var read = await store.ReadAsync(StoredBlobReference.For(report.Id, report.PatientId, report.Pdf), cancellationToken);
        await audit.RecordAsync(actor, Entry(action, read.IsSuccess ? AuditOutcome.Success : AuditOutcome.Error, reached.Consultation, reportId) with
        {
            Reason = read.IsSuccess ? null : "integrity check failed: " + read.Errors[0].Code,
        }, cancellationToken);
        if (!read.IsSuccess)
        {
            return Result<FileDownload>.Failure(read.Errors);
        }
        var name = string.Create(CultureInfo.InvariantCulture, $"consultation-report-{consultationId.ToString("N")[..12]}-v{report.VersionNumber}.pdf");
        return new FileDownload(read.Value, "application/pdf", name);
    }

    private async Task<(ReachedConsultation, ConsultationReport)?> FindAsync(Actor actor, Guid consultationId, Guid reportId, string action,
        CancellationToken cancellationToken)
    {
        var reached = await ConsultationScope.FindAsync(db, actor, consultationId, track: false, cancellationToken);
        var report = reached is null ? null
            : await db.ConsultationReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reportId && r.ConsultationId == consultationId, cancellationToken);
        if (reached is null || report is null)
        {
            await audit.RecordAsync(actor, new AuditEntry(action, AuditOutcome.NotFound) { EntityType = EntityType, EntityId = reportId.ToString("D") },
                cancellationToken);
            return null;
        }
        return (reached, report);
    }

    private async Task<Result<ReportFacts>> FactsAsync(Actor actor, Consultation consultation, ReportDraft draft, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        var recommendation = WireNames.Parse<ProgrammeRecommendation>(draft.Recommendation);
        if (recommendation is null)
        {
            errors.Add(new ValidationError("recommendation", "required", "Choose a recommendation."));
        }
        var text = Text(draft.RecommendationText, "recommendationText", errors);
        var plan = Text(draft.ProposedPlan, "proposedPlan", errors);
        var costs = Text(draft.Costs, "costs", errors);
        if (recommendation == ProgrammeRecommendation.OfferProgramme && plan is null)
        {
            errors.Add(new ValidationError("proposedPlan", "required", "When the programme is offered, the report must carry a proposed plan."));
        }
        var previousVersion = await db.ConsultationReports.Where(r => r.ConsultationId == consultation.Id)
            .MaxAsync(r => (int?)r.VersionNumber, cancellationToken) ?? 0;
        var correction = Text(draft.CorrectionReason, "correctionReason", errors);
        if (previousVersion > 0 && correction is null)
        {
            errors.Add(new ValidationError("correctionReason", "required", "A signed report exists; say why this new version corrects it."));
        }
        else if (previousVersion > 0 && ReasonForChange.TooShort(correction!, "correctionReason") is { } tooShort)
        {
            errors.Add(tooShort);
        }
        AssessmentReport? assessment = null;
        if (draft.AssessmentId is { } assessmentId)
        {
            var read = await assessments.GetAsync(actor, assessmentId, cancellationToken);
            if (!read.IsSuccess || read.Value.PatientId != consultation.PatientId)
            {
                errors.Add(new ValidationError("assessmentId", "invalidValue", "Choose an assessment of this patient."));
            }
            else
            {
                assessment = read.Value;
            }
        }
        var criteria = await policies.CriteriaAsync(consultation.ClinicId, cancellationToken);
        var unknownLabels = draft.ContraindicationsPresent.Except(criteria.Contraindications, StringComparer.Ordinal).ToList();
        if (unknownLabels.Count > 0)
        {
            errors.Add(new ValidationError("contraindicationsPresent", "invalidValue", "Only contraindications from the clinic's list can be marked."));
        }
        if (errors.Count > 0)
        {
            return Result<ReportFacts>.Failure(errors);
        }
        var view = await views.BuildAsync(consultation, asPatient: false, cancellationToken);
        var (birthDate, today) = await requests.BirthAndTodayAsync(consultation, cancellationToken);
        var checklist = EligibilityChecklist.Evaluate(criteria, EligibilityFactsFor(view.Answers, assessment, birthDate, today, draft));
        return new ReportFacts(view, birthDate, today, assessment, checklist, recommendation!.Value, text, plan, costs, previousVersion + 1,
            previousVersion > 0 ? correction : null);
    }

    /// <summary>What the checklist is evaluated on: the clinician's assessment first, the patient's answers otherwise.</summary>
    public static EligibilityFacts EligibilityFactsFor(QuestionnaireAnswers answers, AssessmentReport? assessment, DateOnly birthDate, DateOnly today,
        ReportDraft draft)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(draft);
        var alsfrsr = assessment?.Results.Alsfrsr?.Total ?? answers.SelfRatedAlsfrsR()?.Total;
        DateOnly? onset = PatientDetails.TryParseDate(answers.OnsetDate, out var o) ? o : null;
        var age = today.Year - birthDate.Year - (today < birthDate.AddYears(today.Year - birthDate.Year) ? 1 : 0);
        return new EligibilityFacts(alsfrsr, assessment?.Results.Fvc?.PercentPredicted, WireNames.Parse<BreathingSupport>(answers.BreathingSupport),
            onset is { } d ? Domain.Time.ClinicalTime.MonthsBetween(d, today) : null, age, draft.ContraindicationsPresent, draft.ContraindicationsRuledOut);
    }

    private static string? Text(string? value, string field, List<Error> errors)
    {
        var text = FreeText.Optional(value, field, MaxTextLength, multiline: true);
        errors.AddRange(text.Errors);
        return text.IsSuccess ? text.Value : null;
    }

    private static AuditEntry Entry(string action, AuditOutcome outcome, Consultation consultation, Guid? reportId) => new(action, outcome)
    {
        ClinicId = consultation.ClinicId,
        EntityType = EntityType,
        EntityId = reportId?.ToString("D"),
        Details = JsonSerializer.Serialize(new { consultationId = consultation.Id }),
    };

    private Task<Result<ConsultationReportSummary>> FailAsync(Actor actor, Error error, AuditEntry entry) => FailAsync(actor, [error], entry);

    private async Task<Result<ConsultationReportSummary>> FailAsync(Actor actor, IReadOnlyList<Error> errors, AuditEntry entry)
    {
        db.ChangeTracker.Clear();
        await audit.RecordAsync(actor, entry with { Reason = "refused: " + string.Join(", ", errors.Select(e => e.Code).Distinct()) }, CancellationToken.None);
        return Result<ConsultationReportSummary>.Failure(errors);
    }
}
