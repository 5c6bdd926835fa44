using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Assessments;
using MndCare.Application.Assessments.Wordings;
using MndCare.Application.Auditing;
using MndCare.Application.Files;
using MndCare.Application.Identity;
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

namespace MndCare.Application.Consultations.Reports;

/// <summary>Consultation reports: preview, sign (password re-entered), read and download the signed PDF, in either language.</summary>
/// <remarks>
/// Signing is an electronic signature under 21 CFR 11.200(a): the signer re-enters their password, and the printed name,
/// time and meaning are kept with the report. A signed report never changes; a correction is a new signed version that
/// names the one it supersedes and why. At signing the report is rendered in the patient's language and in every other
/// interface language (<see cref="ConsultationReportTranslation"/>), each PDF once, and kept encrypted with its SHA-256.
/// </remarks>
public sealed class ConsultationReports(MndCareDbContext db, AuditTrail audit, TimeProvider clock, SignaturePassword signature,
    ConsultationRequests requests, ConsultationViews views, AssessmentRecords assessments, EligibilityPolicies policies,
    EncryptedFileStore store, ReportPdfRenderer renderer, AlsfrsRWordings wordings)
{
    /// <summary>The entity type written to the audit trail.</summary>
    public const string EntityType = "consultationReport";

    /// <summary>Longest free text of a report field, in text elements.</summary>
    public const int MaxTextLength = ConsultationReport.MaxTextLength;

    private static readonly JsonSerializerOptions DecisionsFormat = new(JsonSerializerDefaults.Web);

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
            ? new ReportPreview(ConsultationReportComposer.Compose(facts.Value, null, facts.Value.Consultation.PatientLanguage), facts.Value.Checklist,
                facts.Value.Safeguard)
            : Result<ReportPreview>.Failure(facts.Errors);
    }

    /// <summary>Signs the report: checks the password, renders and stores the PDF, answers the consultation.</summary>
    /// <remarks>The password check is <see cref="SignaturePassword"/> (lockout, failures counted like a sign-in); an offer of the
    /// programme that fails a safeguard (<see cref="OfferSafeguard"/>) needs an override reason, printed and audited.</remarks>
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
        var signed = await signature.VerifyAsync(actor, password, "the report was not signed");
        if (!signed.IsSuccess)
        {
            return await audit.RefuseAsync<ConsultationReportSummary>(actor, signed.Errors, Entry(action, AuditOutcome.Denied, consultation, null));
        }
        var signer = signed.Value;
        var facts = await FactsAsync(actor, consultation, draft, cancellationToken);
        var refused = facts.IsSuccess ? facts.Value.Safeguard?.Refusals(facts.Value.OverrideReason) ?? [] : facts.Errors;
        if (refused.Count > 0)
        {
            return await audit.RefuseAsync<ConsultationReportSummary>(actor, refused, Entry(action, AuditOutcome.Invalid, consultation, null));
        }
        var previous = await db.ConsultationReports.AsNoTracking().Where(r => r.ConsultationId == consultationId)
            .OrderByDescending(r => r.VersionNumber).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var answered = consultation.Answer(now, RecordId.New(clock));
        if (!answered.IsSuccess)
        {
            return await audit.RefuseAsync<ConsultationReportSummary>(actor, answered.Errors, Entry(action, AuditOutcome.Conflict, consultation, null));
        }
        var view = facts.Value.Consultation;
        // One signing, one moment, read on the clinic's clock; every language is rendered from the same facts.
        var signedAt = ClinicTime.Local(now, view.TimeZoneId);
        var reportId = RecordId.New(clock);
        var rendered = new List<(string Language, Guid Id, ReportDocument Document, StoredBlob Blob)>();
        foreach (var language in ConsultationReportText.LanguagesFor(view.PatientLanguage))
        {
            var id = rendered.Count == 0 ? reportId : RecordId.New(clock);
            var signature = new ReportSignature(signer.DisplayName, ConsultationReportComposer.SignerRole(language), signedAt, facts.Value.VersionNumber, null);
            var document = ConsultationReportComposer.Compose(facts.Value, signature, language);
            using var pdf = new MemoryStream(renderer.Render(document), writable: false);
            var stored = await store.WriteAsync(id, consultation.PatientId, pdf, cancellationToken);
            if (!stored.IsSuccess)
            {
                rendered.ForEach(r => store.Delete(r.Blob.BlobName));
                return await audit.RefuseAsync<ConsultationReportSummary>(actor, stored.Errors, Entry(action, AuditOutcome.Error, consultation, null));
            }
            rendered.Add((language, id, document, stored.Value));
        }
        var report = ConsultationReport.Sign(reportId, consultation, facts.Value.VersionNumber, view.PatientLanguage, facts.Value.Recommendation,
            ReportJson.Serialize(rendered[0].Document), JsonSerializer.Serialize(Decisions(draft, facts.Value), DecisionsFormat), signer.Id, signer.DisplayName, now,
            previous, facts.Value.CorrectionReason, facts.Value.OverrideReason, rendered[0].Blob.ToEncryptedBlob());
        var translations = rendered.Skip(1)
            .Select(r => ConsultationReportTranslation.Of(r.Id, report, r.Language, ReportJson.Serialize(r.Document), r.Blob.ToEncryptedBlob())).ToList();
        db.ConsultationReports.Add(report);
        db.ConsultationReportTranslations.AddRange(translations);
        // The version index or the consultation's concurrency token: someone signed or changed it meanwhile.
        var conflict = await audit.SaveAsync(actor, [Entry(action, AuditOutcome.Success, consultation, reportId) with
        {
            Reason = facts.Value.CorrectionReason,
            Changes =
            [
                new FieldChange("version", previous?.VersionNumber.ToString(CultureInfo.InvariantCulture),
                    report.VersionNumber.ToString(CultureInfo.InvariantCulture)),
                new FieldChange("recommendation", null, ProgrammeRecommendationNames.Of(report.Recommendation)),
                new FieldChange("meaning", null, "consultation report signed by " + signer.DisplayName),
                new FieldChange("pdfSha256", null, Convert.ToHexStringLower(report.Sha256)),
                .. Overridden(facts.Value),
                .. translations.Select(t => new FieldChange("pdfSha256." + t.Language, null, Convert.ToHexStringLower(t.Sha256))),
            ],
        }], _ => new ConflictError(ConflictError.VersionMismatch, "Someone signed or changed this consultation meanwhile; reload it."), cancellationToken);
        if (conflict is not null)
        {
            rendered.ForEach(r => store.Delete(r.Blob.BlobName));
            return await audit.RefuseAsync<ConsultationReportSummary>(actor, conflict, Entry(action, AuditOutcome.Conflict, consultation, null));
        }
        return new ConsultationReportSummary(report.Id, report.VersionNumber, report.Language, ProgrammeRecommendationNames.Of(report.Recommendation),
            report.SignerName, report.SignedAtUtc, Superseded: false, [.. rendered.Select(r => r.Language)]);
    }

    /// <summary>The decisions of the current signed version, for a correction to start from; null before the first signature
    /// (or when the actor may not sign). Reading them is audited like reading the report.</summary>
    public async Task<ReportDraft?> CorrectionStartAsync(Actor actor, Guid consultationId, CancellationToken cancellationToken)
    {
        const string action = "consultation.report.read";
        var reached = await requests.ReachAsStaffAsync(actor, consultationId, action, Permission.SignConsultationReports, cancellationToken);
        var current = !reached.IsSuccess ? null : await db.ConsultationReports.AsNoTracking().Where(r => r.ConsultationId == consultationId)
            .OrderByDescending(r => r.VersionNumber).FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return null;
        }
        await audit.RecordAsync(actor, Entry(action, AuditOutcome.Success, reached.Value, current.Id) with { Reason = "correction form" },
            cancellationToken);
        return current.DecisionsJson is { } json
            ? JsonSerializer.Deserialize<ReportDraft>(json, DecisionsFormat)
            // Signed before the decisions were kept: the recommendation is all that is known.
            : new ReportDraft(null, [], false, ProgrammeRecommendationNames.Of(current.Recommendation), null, null, null, null);
    }

    /// <summary>A signed report's content in one language, for its patient or the clinic's staff.</summary>
    /// <param name="actor">Who reads.</param>
    /// <param name="consultationId">The consultation.</param>
    /// <param name="reportId">The report version.</param>
    /// <param name="language">The language asked for (en or zh-Hans); null for the default.</param>
    /// <param name="preferred">Without <paramref name="language"/>: the reader's language when the report has it, else the
    /// patient's preferred language, else the language it was first signed in.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<Result<SignedReport>> GetAsync(Actor actor, Guid consultationId, Guid reportId, string? language, string? preferred,
        CancellationToken cancellationToken)
    {
        const string action = "consultation.report.read";
        var found = await FindAsync(actor, consultationId, reportId, language, preferred, action, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<SignedReport>.Failure(found.Errors);
        }
        var (reached, report, rendition, languages) = found.Value;
        var superseded = await db.ConsultationReports.AnyAsync(r => r.SupersedesId == reportId, cancellationToken);
        await audit.RecordAsync(actor, Entry(action, AuditOutcome.Success, reached.Consultation, reportId, rendition.Language), cancellationToken);
        return new SignedReport(report.Id, consultationId, report.VersionNumber, rendition.Language, languages, ReportJson.Deserialize(rendition.ContentJson),
            report.SignerName, report.SignedAtUtc, superseded, Convert.ToHexStringLower(rendition.Pdf.Sha256));
    }

    /// <summary>The signed PDF in one language, verified against its hash.</summary>
    /// <param name="actor">Who downloads.</param>
    /// <param name="consultationId">The consultation.</param>
    /// <param name="reportId">The report version.</param>
    /// <param name="language">The language asked for (en or zh-Hans); null for the default.</param>
    /// <param name="preferred">As for <see cref="GetAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    public async Task<Result<FileDownload>> DownloadPdfAsync(Actor actor, Guid consultationId, Guid reportId, string? language, string? preferred,
        CancellationToken cancellationToken)
    {
        const string action = "consultation.report.download";
        var found = await FindAsync(actor, consultationId, reportId, language, preferred, action, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<FileDownload>.Failure(found.Errors);
        }
        var (reached, report, rendition, _) = found.Value;
        var read = await store.ReadAsync(StoredBlobReference.For(rendition.FileId, report.PatientId, rendition.Pdf), cancellationToken);
        await audit.RecordAsync(actor, Entry(action, read.IsSuccess ? AuditOutcome.Success : AuditOutcome.Error, reached.Consultation, reportId, rendition.Language) with
        {
            Reason = read.IsSuccess ? null : "integrity check failed: " + read.Errors[0].Code,
        }, cancellationToken);
        if (!read.IsSuccess)
        {
            return Result<FileDownload>.Failure(read.Errors);
        }
        var name = string.Create(CultureInfo.InvariantCulture,
            $"consultation-report-{consultationId.ToString("N")[..12]}-v{report.VersionNumber}-{rendition.Language}.pdf");
        return new FileDownload(read.Value, "application/pdf", name);
    }

    /// <summary>A report in one language: its content, its PDF and the id the file store bound that PDF to.</summary>
    private sealed record Rendition(string Language, Guid FileId, string ContentJson, EncryptedBlob Pdf);

    /// <summary>A report the actor reaches, in the language chosen, and every language it was signed in.</summary>
    private sealed record FoundReport(ReachedConsultation Reached, ConsultationReport Report, Rendition Rendition, IReadOnlyList<string> Languages);

    private async Task<Result<FoundReport>> FindAsync(
        Actor actor, Guid consultationId, Guid reportId, string? language, string? preferred, string action, CancellationToken cancellationToken)
    {
        if (language is not null && WireNames.Parse<PreferredLanguage>(language) is null)
        {
            return await audit.RefuseAsync<FoundReport>(actor,
                new ValidationError("lang", "invalidValue", "lang must be one of: " + string.Join(", ", WireNames.All<PreferredLanguage>()) + "."),
                new AuditEntry(action, AuditOutcome.Invalid) { EntityType = EntityType, EntityId = reportId.ToString("D") });
        }
        var reached = await ConsultationScope.FindAsync(db, actor, consultationId, track: false, cancellationToken);
        var report = reached is null ? null
            : await db.ConsultationReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reportId && r.ConsultationId == consultationId, cancellationToken);
        List<Rendition> renditions = report is null ? [] :
        [
            new Rendition(report.Language, report.Id, report.ContentJson, report.Pdf),
            .. (await db.ConsultationReportTranslations.AsNoTracking().Where(t => t.ReportId == reportId).ToListAsync(cancellationToken))
                .Select(t => new Rendition(t.Language, t.Id, t.ContentJson, t.Pdf)),
        ];
        Rendition? In(string? tag) => renditions.FirstOrDefault(r => r.Language == tag);
        var patientLanguage = reached is null ? null
            : await db.Patients.Where(p => p.Id == reached.Consultation.PatientId).Select(p => (PreferredLanguage?)p.PreferredLanguage).SingleAsync(cancellationToken);
        var rendition = language is not null ? In(language)
            : In(preferred) ?? In(patientLanguage is { } l ? WireNames.Of(l) : null) ?? renditions.FirstOrDefault();
        if (reached is null || report is null || rendition is null)
        {
            return await audit.RefuseAsync<FoundReport>(actor, new NotFoundError(EntityType),
                new AuditEntry(action, AuditOutcome.NotFound) { EntityType = EntityType, EntityId = reportId.ToString("D") });
        }
        return new FoundReport(reached, report, rendition, [.. renditions.Select(r => r.Language)]);
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
        var overrideReason = Text(draft.OverrideReason, OfferSafeguard.OverrideReasonField, errors);
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
            if (!read.IsSuccess || read.Value.PatientId != consultation.PatientId || read.Value.SupersededById is not null)
            {
                errors.Add(new ValidationError("assessmentId", "invalidValue", "Choose a current assessment of this patient."));
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
        var safeguard = recommendation == ProgrammeRecommendation.OfferProgramme
            ? OfferSafeguard.Check(assessment?.Inputs.AssessmentDate, today, criteria.CurrentAssessmentDays, checklist)
            : null;
        return new ReportFacts(view, birthDate, today, assessment, checklist, recommendation!.Value, text, plan, costs, previousVersion + 1,
            previousVersion > 0 ? correction : null, safeguard, safeguard is { NeedsOverride: true } ? overrideReason : null) { Wordings = wordings };
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

    /// <summary>The decisions kept with a signed report: what the clinician chose, without the correction reason (it belongs to one version).</summary>
    private static ReportDraft Decisions(ReportDraft draft, ReportFacts facts) =>
        draft with { CorrectionReason = null, OverrideReason = facts.OverrideReason };

    /// <summary>The audited changes of an offer signed with an override: which safeguards failed, and why the clinician went on.</summary>
    private static IEnumerable<FieldChange> Overridden(ReportFacts facts) => facts is { Safeguard: { } safeguard, OverrideReason: { } reason }
        ? [new FieldChange("safeguardsOverridden", null, string.Join(", ", safeguard.Concerns.Select(OfferSafeguard.WireName))),
            new FieldChange(OfferSafeguard.OverrideReasonField, null, reason)]
        : [];

    private static string? Text(string? value, string field, List<Error> errors)
    {
        var text = FreeText.Optional(value, field, MaxTextLength, multiline: true);
        errors.AddRange(text.Errors);
        return text.IsSuccess ? text.Value : null;
    }

    private static AuditEntry Entry(string action, AuditOutcome outcome, Consultation consultation, Guid? reportId, string? language = null) => new(action, outcome)
    {
        ClinicId = consultation.ClinicId,
        EntityType = EntityType,
        EntityId = reportId?.ToString("D"),
        Details = language is null ? JsonSerializer.Serialize(new { consultationId = consultation.Id })
            : JsonSerializer.Serialize(new { consultationId = consultation.Id, language }),
    };
}
