using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Application.Identity;
using MndCare.Application.Safety.Labs;
using MndCare.Domain.Safety.Labs;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Results;
using MndCare.Domain.Tcm.Herbs;
using MndCare.Domain.Tcm.Prescriptions;
using MndCare.Domain.Time;
using MndCare.Persistence;

namespace MndCare.Application.Tcm.Prescriptions;

/// <summary>Write, sign, correct and read herbal prescriptions; scoped by clinic and audited. The herb rules run on every save and
/// again at signing (another prescription or the patient's medications may have changed since the draft).</summary>
/// <remarks>docs/tcm/prescriptions.md. TCM practitioners (<see cref="Permission.PrescribeHerbs"/>) write and sign; staff with
/// <see cref="Permission.ReadHerbalPrescriptions"/> read; a patient and their family read the patient's signed versions; anyone
/// else gets "not found". Signing is an electronic signature (<see cref="SignaturePassword"/>, as for reports and lot releases).</remarks>
public sealed class HerbalPrescriptions(MndCareDbContext db, HerbFormulary formulary, SignaturePassword signature, AuditTrail audit, TimeProvider clock,
    LabChecks labChecks)
{
    /// <summary>The entity type written to the audit trail.</summary>
    public const string EntityType = "herbalPrescription";

    /// <summary>Audit actions, one per use case.</summary>
    public const string CreateAction = "herbalPrescription.create", CorrectAction = "herbalPrescription.correct", SignAction = "herbalPrescription.sign",
        ReadAction = "herbalPrescription.read", ListAction = "herbalPrescription.list";

    /// <summary>Writes a draft for a patient of the actor's clinic; unknown, ambiguous and aristolochic-acid herbs refuse it.</summary>
    public async Task<Result<PrescriptionView>> CreateAsync(Actor actor, Guid patientId, PrescriptionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var entry = Entry(CreateAction, null, null) with { Details = JsonSerializer.Serialize(new { patientId, herbs = input.Items?.Select(i => i.Herb) }) };
        var patient = await PatientAsync(actor, patientId, Permission.PrescribeHerbs, cancellationToken);
        if (patient is null)
        {
            return await audit.RefuseAsync<PrescriptionView>(actor, new NotFoundError("patient"), entry);
        }
        entry = entry with { ClinicId = patient.ClinicId };
        var content = await ContentAsync(patient, input, null, cancellationToken);
        var draft = content.IsSuccess
            ? HerbalPrescription.Draft(new PrescriptionIds(RecordId.New(clock), patient.ClinicId, patientId), content.Value, actor.UserId!.Value, clock.GetUtcNow())
            : Result<HerbalPrescription>.Failure(content.Errors);
        if (!draft.IsSuccess)
        {
            return await audit.RefuseAsync<PrescriptionView>(actor, draft.Errors, entry);
        }
        db.HerbalPrescriptions.Add(draft.Value);
        await audit.SaveAsync(actor, [Saved(entry, draft.Value)], cancellationToken);
        return await ViewAsync(draft.Value, patient, cancellationToken);
    }

    /// <summary>Writes the next version of a signed latest prescription, with the reason; the content is the corrected one, or the
    /// previous version's when none is given.</summary>
    public async Task<Result<PrescriptionView>> CorrectAsync(Actor actor, Guid id, CorrectPrescriptionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var entry = Entry(CorrectAction, null, id);
        var found = await FindAsync(actor, id, Permission.PrescribeHerbs, track: false, cancellationToken);
        if (found is null)
        {
            return await audit.RefuseAsync<PrescriptionView>(actor, new NotFoundError(EntityType), entry);
        }
        var (previous, patient) = found.Value;
        entry = entry with { ClinicId = patient.ClinicId };
        if (previous.Status == HerbalPrescriptionStatus.Signed
            && await db.HerbalPrescriptions.AnyAsync(p => p.SeriesId == previous.SeriesId && p.Status == HerbalPrescriptionStatus.Draft, cancellationToken))
        {
            return await audit.RefuseAsync<PrescriptionView>(actor, new ConflictError(HerbalPrescriptionCodes.DraftVersionExists,
                "A new version of this prescription is a draft already: sign or correct that one."), entry);
        }
        var content = await ContentAsync(patient, input.Prescription ?? InputOf(previous), previous.SeriesId, cancellationToken);
        var next = content.IsSuccess
            ? previous.Correct(RecordId.New(clock), input.Reason, content.Value, actor.UserId!.Value, clock.GetUtcNow())
            : Result<HerbalPrescription>.Failure(content.Errors);
        if (!next.IsSuccess)
        {
            return await audit.RefuseAsync<PrescriptionView>(actor, next.Errors, entry);
        }
        db.HerbalPrescriptions.Add(next.Value);
        var conflict = await audit.SaveAsync(actor, [Saved(entry, next.Value) with { Reason = next.Value.CorrectionReason }],
            _ => new ConflictError(HerbalPrescriptionCodes.DraftVersionExists, "Another new version was saved at the same time."), cancellationToken);
        return conflict is null ? await ViewAsync(next.Value, patient, cancellationToken) : await audit.RefuseAsync<PrescriptionView>(actor, conflict, entry);
    }

    /// <summary>Signs a draft with the practitioner's password once the rules, run again now, are met: aristolochic-acid herbs
    /// refused, each substitution-liable herb's botanical source confirmed, the riluzole + hepatotoxic warning acknowledged. The
    /// version it corrects is superseded. The acknowledgement (who, when, liver tests) stays on the signed version.</summary>
    public async Task<Result<PrescriptionView>> SignAsync(Actor actor, Guid id, SignPrescriptionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var entry = Entry(SignAction, null, id);
        var found = await FindAsync(actor, id, Permission.PrescribeHerbs, track: true, cancellationToken);
        if (found is null)
        {
            return await audit.RefuseAsync<PrescriptionView>(actor, new NotFoundError(EntityType), entry);
        }
        var (prescription, patient) = found.Value;
        entry = entry with { ClinicId = patient.ClinicId };
        var signer = await signature.VerifyAsync(actor, input.Password, "the prescription was not signed");
        if (!signer.IsSuccess)
        {
            return await audit.RefuseAsync<PrescriptionView>(actor, signer.Errors, entry with { Outcome = AuditOutcome.Denied });
        }
        var catalogue = await formulary.CatalogueAsync(patient.ClinicId, cancellationToken);
        var resolved = prescription.Items.Select(i => (Name: i.Pinyin, Herb: catalogue.FindById(i.HerbId))).ToList();
        var check = resolved.FirstOrDefault(r => r.Herb is null) is { Name: { } gone, Herb: null }
            ? Result<HerbPrescriptionCheck>.Failure([new UnknownHerbError(gone)])
            : HerbPrescriptionRules.Check([.. resolved.Select(r => (r.Name, r.Herb!))], await OtherActiveAsync(patient, prescription.SeriesId, catalogue, cancellationToken),
                await OnRiluzoleAsync(patient, cancellationToken));
        var sources = (input.ConfirmedSources ?? new Dictionary<string, string>()).Where(s => !string.IsNullOrWhiteSpace(s.Value))
            .ToDictionary(s => s.Key, s => s.Value.Trim(), StringComparer.Ordinal);
        Result<HerbalPrescription> signed;
        if (check.IsSuccess)
        {
            prescription.Recheck([.. check.Value.Findings.Select(PrescriptionFinding.From)]);
            signed = prescription.Sign(signer.Value.Id, sources, input.AcknowledgeRiluzoleWarning, clock.GetUtcNow(), patient.Today);
        }
        else
        {
            signed = Result<HerbalPrescription>.Failure(check.Errors);
        }
        if (!signed.IsSuccess)
        {
            return await audit.RefuseAsync<PrescriptionView>(actor, signed.Errors, entry);
        }
        if (prescription.ReplacesId is { } replaced
            && await db.HerbalPrescriptions.SingleOrDefaultAsync(p => p.Id == replaced, cancellationToken) is { } older)
        {
            older.Supersede(clock.GetUtcNow());
        }
        List<AuditEntry> liverChecks = prescription.HasRiluzoleWarning
            ? [labChecks.StageHepatotoxicHerbChecks(patient.ClinicId, patient.PatientId,
                [.. RiluzoleWithHepatotoxicHerbFinding.LiverTests.Select(t => LabTests.FromWireName(t)!.Value)], prescription.StartsOn!.Value,
                prescription.EndsOn!.Value, actor.UserId)]
            : [];
        await audit.SaveAsync(actor, [.. liverChecks, entry with
        {
            Changes = [new FieldChange("status", "draft", "signed")],
            Reason = "signed by " + signer.Value.DisplayName,
            Details = JsonSerializer.Serialize(new
            {
                findings = prescription.Findings.Select(f => new { f.Code, f.HerbId }),
                confirmedSources = prescription.Items.Where(i => i.BotanicalSource is not null).Select(i => new { i.HerbId, i.BotanicalSource }),
                riluzoleWarningAcknowledged = prescription.HasRiluzoleWarning,
                supersedes = prescription.ReplacesId,
            }),
        }], cancellationToken);
        return await ViewAsync(prescription, patient, cancellationToken);
    }

    /// <summary>One version with its findings and history; patients and family read only signed versions of their own.</summary>
    public async Task<Result<PrescriptionView>> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var entry = Entry(ReadAction, null, id);
        var found = await FindAsync(actor, id, Permission.ReadHerbalPrescriptions, track: false, cancellationToken);
        if (found is null)
        {
            return await audit.RefuseAsync<PrescriptionView>(actor, new NotFoundError(EntityType), entry);
        }
        var view = await ViewAsync(found.Value.Prescription, found.Value.Patient, cancellationToken);
        await audit.RecordAsync(actor, entry with { ClinicId = found.Value.Patient.ClinicId, Details = JsonSerializer.Serialize(new { found.Value.Prescription.PatientId }) },
            cancellationToken);
        return view;
    }

    /// <summary>A patient's prescriptions, newest first (patients and family: signed versions only).</summary>
    public async Task<Result<IReadOnlyList<PrescriptionSummary>>> ListAsync(Actor actor, Guid patientId, CancellationToken cancellationToken)
    {
        var entry = Entry(ListAction, null, null) with { EntityType = "patient", EntityId = patientId.ToString("D") };
        var patient = await PatientAsync(actor, patientId, Permission.ReadHerbalPrescriptions, cancellationToken);
        if (patient is null)
        {
            return await audit.RefuseAsync<IReadOnlyList<PrescriptionSummary>>(actor, new NotFoundError("patient"), entry);
        }
        var rows = await db.HerbalPrescriptions.AsNoTracking().Where(p => p.PatientId == patientId)
            .Where(p => !patient.SignedOnly || p.Status == HerbalPrescriptionStatus.Signed).ToListAsync(cancellationToken);
        var list = rows.OrderByDescending(p => p.Id).Select(p => new PrescriptionSummary(p.Id, p.VersionNumber, StatusOf(p), p.IsActiveOn(patient.Today),
            p.FormulaChinese, p.FormulaEnglish, p.Items, p.Days, p.StartsOn, p.EndsOn, p.Findings.Count)).ToList();
        await audit.RecordAsync(actor, entry with { ClinicId = patient.ClinicId, Details = JsonSerializer.Serialize(new { ids = list.Select(p => p.Id) }) },
            cancellationToken);
        return list;
    }

    /// <summary>The patient's active prescriptions (signed, latest version, today within their days) with their items: herb, dose,
    /// batch and supplier. For other use cases (adverse-event suspects), which check the reader's access and audit the read.</summary>
    public async Task<IReadOnlyList<ActivePrescription>> ActiveForPatientAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var patient = await db.Patients.AsNoTracking().Where(p => p.Id == patientId)
            .Join(db.Clinics, p => p.ClinicId, c => c.Id, (p, c) => new { p.ClinicId, c.TimeZoneId }).SingleOrDefaultAsync(cancellationToken);
        if (patient is null)
        {
            return [];
        }
        var today = ClinicTime.LocalDate(clock.GetUtcNow(), patient.TimeZoneId);
        return [.. (await ActiveRowsAsync(patientId, today, null, cancellationToken)).Select(Active)];
    }

    /// <summary>The patient's signed prescriptions taken on some day from <paramref name="from"/> to <paramref name="to"/> (clinic dates): each
    /// version for the days it was the latest (a superseded version until the day its successor was signed). For adverse-event suspects.</summary>
    public async Task<IReadOnlyList<ActivePrescription>> TakenBetweenAsync(Guid patientId, DateOnly from, DateOnly to, string timeZoneId,
        CancellationToken cancellationToken)
    {
        var signed = await db.HerbalPrescriptions.AsNoTracking().Where(p => p.PatientId == patientId && p.Status == HerbalPrescriptionStatus.Signed)
            .ToListAsync(cancellationToken);
        return [.. signed.Where(p => p.StartsOn <= to && from <= LastDayTaken(p, timeZoneId)).OrderBy(p => p.StartsOn).ThenBy(p => p.VersionNumber)
            .Select(Active)];
    }

    private static DateOnly LastDayTaken(HerbalPrescription p, string timeZoneId) =>
        p.SupersededAtUtc is { } superseded && ClinicTime.LocalDate(superseded, timeZoneId) < p.EndsOn!.Value
            ? ClinicTime.LocalDate(superseded, timeZoneId)
            : p.EndsOn!.Value;

    private static ActivePrescription Active(HerbalPrescription p) =>
        new(p.Id, p.SeriesId, p.VersionNumber, p.FormulaChinese, p.FormulaEnglish, p.StartsOn!.Value, p.EndsOn!.Value, p.Items);

    private async Task<List<HerbalPrescription>> ActiveRowsAsync(Guid patientId, DateOnly today, Guid? exceptSeries, CancellationToken cancellationToken)
    {
        var signed = await db.HerbalPrescriptions.AsNoTracking()
            .Where(p => p.PatientId == patientId && p.Status == HerbalPrescriptionStatus.Signed && p.SupersededAtUtc == null && p.SeriesId != exceptSeries)
            .ToListAsync(cancellationToken);
        return [.. signed.Where(p => p.IsActiveOn(today)).OrderBy(p => p.StartsOn)];
    }

    private async Task<List<ActiveHerbalPrescription>> OtherActiveAsync(PatientScope patient, Guid? exceptSeries, HerbCatalogue catalogue,
        CancellationToken cancellationToken) =>
        [.. (await ActiveRowsAsync(patient.PatientId, patient.Today, exceptSeries, cancellationToken))
            .Select(p => new ActiveHerbalPrescription(p.Id.ToString("D"), [.. p.Items.Select(i => catalogue.FindById(i.HerbId)).OfType<Herb>()]))];

    // On riluzole: a riluzole entry on any of the patient's courses that is taken today (therapy-safety-tcm.md E; KnownMedication).
    private async Task<bool> OnRiluzoleAsync(PatientScope patient, CancellationToken cancellationToken)
    {
        var riluzole = await db.TreatmentCourses.AsNoTracking().Where(c => c.PatientId == patient.PatientId).SelectMany(c => c.Medications)
            .Where(m => m.Medication == KnownMedication.Riluzole).ToListAsync(cancellationToken);
        return riluzole.Any(m => m.IsActiveOn(patient.Today));
    }

    private async Task<Result<PrescriptionContent>> ContentAsync(PatientScope patient, PrescriptionInput input, Guid? exceptSeries,
        CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        var items = input.Items ?? [];
        if (input.Days is null)
        {
            errors.Add(new ValidationError("days", ValidationError.Required, "Give the number of days."));
        }
        var preparation = input.Preparation is null ? HerbalPreparation.Decoction : HerbWireNames.ParsePreparation(input.Preparation);
        if (preparation is null)
        {
            errors.Add(new ValidationError("preparation", ValidationError.OutOfRange, "preparation must be decoction, granules, powder or pills."));
        }
        HerbalFormulaTemplate? template = null;
        if (input.TemplateId is { } templateId)
        {
            template = await db.HerbalFormulaTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == templateId && t.ClinicId == patient.ClinicId, cancellationToken);
            if (template is null)
            {
                errors.Add(new NotFoundError(HerbFormulary.TemplateEntityType));
            }
        }
        errors.AddRange(items.Select((item, index) => (item, index)).Where(i => string.IsNullOrWhiteSpace(i.item.Herb))
            .Select(i => new ValidationError($"items[{i.index}].herb", ValidationError.Required, "Name the herb.")));
        if (errors.Count > 0)
        {
            return Result<PrescriptionContent>.Failure(errors);
        }
        var catalogue = await formulary.CatalogueAsync(patient.ClinicId, cancellationToken);
        var check = HerbPrescriptionRules.Check(catalogue, [.. items.Select(i => i.Herb!)], await OtherActiveAsync(patient, exceptSeries, catalogue, cancellationToken),
            await OnRiluzoleAsync(patient, cancellationToken));
        if (!check.IsSuccess)
        {
            return Result<PrescriptionContent>.Failure(check.Errors);
        }
        var prescribed = items.Select((item, index) => PrescribedHerb.Create(check.Value.Herbs[index], index, item.DoseGramsPerDay, item.Processing,
            item.Batch, item.Supplier, item.BotanicalSource)).ToList();
        errors.AddRange(prescribed.SelectMany(p => p.Errors));
        return errors.Count > 0
            ? Result<PrescriptionContent>.Failure(errors)
            : new PrescriptionContent([.. prescribed.Select(p => p.Value)], [.. check.Value.Findings.Select(PrescriptionFinding.From)], preparation!.Value,
                input.Days!.Value, template?.Id, template?.NameChinese, template?.NameEnglish);
    }

    // The previous version's content as typed, herbs by their Chinese names (unique in the catalogue, unlike some pinyin).
    private static PrescriptionInput InputOf(HerbalPrescription previous) => new(
        [.. previous.Items.Select(i => new PrescriptionItemInput(i.Chinese, i.DoseGramsPerDay, i.Processing, i.Batch, i.Supplier, i.BotanicalSource))],
        previous.Days, HerbWireNames.Of(previous.Preparation), previous.FormulaTemplateId);

    private async Task<PatientScope?> PatientAsync(Actor actor, Guid patientId, Permission permission, CancellationToken cancellationToken)
    {
        var clinics = actor.ClinicsGranting(permission);
        var own = permission == Permission.ReadHerbalPrescriptions && actor.OwnPatientIds.Contains(patientId);
        var row = await db.Patients.AsNoTracking().Where(p => p.Id == patientId && (clinics.Contains(p.ClinicId) || own))
            .Join(db.Clinics, p => p.ClinicId, c => c.Id, (p, c) => new { p.ClinicId, c.TimeZoneId }).SingleOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new PatientScope(patientId, row.ClinicId, row.TimeZoneId, ClinicTime.LocalDate(clock.GetUtcNow(), row.TimeZoneId), SignedOnly: !clinics.Contains(row.ClinicId));
    }

    private async Task<(HerbalPrescription Prescription, PatientScope Patient)?> FindAsync(Actor actor, Guid id, Permission permission, bool track,
        CancellationToken cancellationToken)
    {
        var query = track ? db.HerbalPrescriptions : db.HerbalPrescriptions.AsNoTracking();
        var prescription = await query.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        var patient = prescription is null ? null : await PatientAsync(actor, prescription.PatientId, permission, cancellationToken);
        return patient is null || (patient.SignedOnly && prescription!.Status != HerbalPrescriptionStatus.Signed) ? null : (prescription!, patient);
    }

    private async Task<PrescriptionView> ViewAsync(HerbalPrescription p, PatientScope patient, CancellationToken cancellationToken)
    {
        var versions = await db.HerbalPrescriptions.AsNoTracking().Where(v => v.SeriesId == p.SeriesId)
            .Where(v => !patient.SignedOnly || v.Status == HerbalPrescriptionStatus.Signed).OrderBy(v => v.VersionNumber).ToListAsync(cancellationToken);
        var names = await db.Users.AsNoTracking().Where(u => u.Id == p.CreatedByUserId || u.Id == p.SignedByUserId || u.Id == p.RiluzoleWarningAcknowledgedByUserId)
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var catalogue = await formulary.CatalogueAsync(patient.ClinicId, cancellationToken);
        var findings = p.Findings.Select(f => FindingView.Of(f, p.Items.First(i => i.HerbId == f.HerbId), catalogue.FindById(f.HerbId))).ToList();
        var riluzole = p.RiluzoleWarningAcknowledgedByUserId is { } by
            ? new RiluzoleAcknowledgementView(names.GetValueOrDefault(by, "?"), by, Utc(p.RiluzoleWarningAcknowledgedAtUtc!.Value),
                RiluzoleWithHepatotoxicHerbFinding.LiverTests)
            : null;
        return new PrescriptionView(p.Id, p.PatientId, p.SeriesId, p.VersionNumber, StatusOf(p), p.IsActiveOn(patient.Today), p.CorrectionReason,
            p.FormulaChinese, p.FormulaEnglish, HerbWireNames.Of(p.Preparation), p.Days, p.StartsOn, p.EndsOn, p.Items, findings,
            names.GetValueOrDefault(p.CreatedByUserId, "?"), Utc(p.CreatedAtUtc), p.SignedByUserId is { } s ? names.GetValueOrDefault(s, "?") : null,
            p.SignedAtUtc is { } at ? Utc(at) : null, riluzole,
            [.. versions.Select(v => new PrescriptionVersionView(v.Id, v.VersionNumber, StatusOf(v), v.CorrectionReason, v.SignedAtUtc is { } t ? Utc(t) : null))],
            patient.TimeZoneId);
    }

    /// <summary>The wire name of a version's state: draft, signed, or superseded (signed and replaced by a newer signed version).</summary>
    public static string StatusOf(HerbalPrescription prescription)
    {
        ArgumentNullException.ThrowIfNull(prescription);
        return prescription.Status switch
        {
            HerbalPrescriptionStatus.Draft => "draft",
            HerbalPrescriptionStatus.Signed => prescription.SupersededAtUtc is null ? "signed" : "superseded",
        };
    }

    private static AuditEntry Saved(AuditEntry entry, HerbalPrescription p) => entry with
    {
        EntityId = p.Id.ToString("D"),
        Changes = [new FieldChange("items", null, JsonSerializer.Serialize(p.Items.Select(i => new { i.HerbId, i.DoseGramsPerDay, i.Batch, i.Supplier })))],
        Details = JsonSerializer.Serialize(new { p.PatientId, p.SeriesId, version = p.VersionNumber, p.Days, findings = p.Findings.Select(f => new { f.Code, f.HerbId }) }),
    };

    private static AuditEntry Entry(string action, Guid? clinicId, Guid? id) =>
        new(action, AuditOutcome.Success) { ClinicId = clinicId, EntityType = EntityType, EntityId = id?.ToString("D") };

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    private sealed record PatientScope(Guid PatientId, Guid ClinicId, string TimeZoneId, DateOnly Today, bool SignedOnly);
}
