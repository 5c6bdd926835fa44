using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Application.Files;
using MndCare.Domain.Auditing;
using MndCare.Domain.Consultations;
using MndCare.Domain.Consultations.Files;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;
using MndCare.Persistence;

namespace MndCare.Application.Consultations;

/// <summary>Medical files of a consultation: upload (checked by content, encrypted), download (verified), withdrawal.</summary>
/// <remarks>
/// The type is decided from the bytes alone (<see cref="UploadInspector"/>); the name is kept only as sanitised display text.
/// The blob is written before its row is committed, and deleted again if the commit fails, so a row never points at a
/// missing blob (security test plan DR-07). A download whose hash or tags do not match is never served: it is audited
/// as an error and logged as a critical alert (IN-01).
/// </remarks>
public sealed partial class ConsultationFiles(MndCareDbContext db, AuditTrail audit, TimeProvider clock, EncryptedFileStore store,
    IOptions<FileStoreOptions> limits, ConsultationRequests requests, ConsultationViews views, ILogger<ConsultationFiles> logger)
{
    /// <summary>Most files one consultation may hold (not counting withdrawn ones).</summary>
    public const int MaxFilesPerConsultation = 100;

    /// <summary>The entity type written to the audit trail.</summary>
    public const string EntityType = "consultationFile";

    /// <summary>Checks, encrypts and stores one file for the actor's own consultation.</summary>
    public async Task<Result<ConsultationFileView>> UploadAsync(Actor actor, Guid consultationId, FileUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        const string action = "consultation.file.upload";
        var reached = await requests.ReachAsPatientAsync(actor, consultationId, action, cancellationToken);
        if (!reached.IsSuccess)
        {
            return Result<ConsultationFileView>.Failure(reached.Errors);
        }
        var consultation = reached.Value;
        var entry = Entry(action, AuditOutcome.Invalid, consultation, null);
        if (!consultation.IsEditableByPatient)
        {
            return await audit.RefuseAsync<ConsultationFileView>(actor, new ConflictError(ConsultationErrorCodes.InvalidTransition,
                $"The consultation is {QuestionnaireChoices.Of(consultation.Status)}; files can be added only to a draft or when the clinic asks."),
                entry with { Outcome = AuditOutcome.Conflict });
        }
        var errors = new List<Error>();
        if (!MedicalFileCategories.TryParse(upload.Category, out var category))
        {
            errors.Add(new ValidationError("category", "invalidValue", "category must be one of: " + string.Join(", ", WireNames.All<MedicalFileCategory>()) + "."));
        }
        var documentDate = await DocumentDateAsync(consultation, upload.DocumentDate, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return await audit.RefuseAsync<ConsultationFileView>(actor, errors, entry);
        }
        // A first look at the quota refuses early and bounds the read; the decision is taken again under the lock below.
        var used = await UsageAsync(consultationId, cancellationToken);
        var remaining = limits.Value.MaxConsultationBytes - used.Bytes;
        if (used.Count >= MaxFilesPerConsultation || remaining <= 0)
        {
            return await audit.RefuseAsync<ConsultationFileView>(actor, Quota(), entry with { Outcome = AuditOutcome.Conflict });
        }
        var content = await UploadContent.ReadAsync(upload.Content, Math.Min(store.MaxFileBytes, remaining), cancellationToken);
        if (content is not { } bytes)
        {
            return await audit.RefuseAsync<ConsultationFileView>(actor,
                remaining < store.MaxFileBytes ? Quota() : new UploadRefusal(UploadRefusalReason.TooLarge), entry);
        }
        var inspected = UploadInspector.Inspect(bytes.Span, store.MaxFileBytes);
        if (!inspected.IsSuccess)
        {
            return await audit.RefuseAsync<ConsultationFileView>(actor, inspected.Errors[0], entry);
        }
        var kind = inspected.Value;
        var fileId = RecordId.New(clock);
        await using var plaintext = UploadContent.ForStore(bytes, kind);
        var stored = await store.WriteAsync(fileId, consultation.PatientId, plaintext, cancellationToken);
        if (!stored.IsSuccess)
        {
            return await audit.RefuseAsync<ConsultationFileView>(actor, stored.Errors[0], entry with { Outcome = AuditOutcome.Error });
        }
        var blob = stored.Value;
        var file = ConsultationFile.Add(fileId, consultation, actor.UserId!.Value, UploadFileName.Sanitize(upload.FileName, kind),
            kind.WireName(), kind.MimeType(), category.WireName(), documentDate, blob.ToEncryptedBlob(), clock.GetUtcNow());
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await LockAsync(consultationId, cancellationToken);
            var current = await UsageAsync(consultationId, cancellationToken);
            if (current.Count >= MaxFilesPerConsultation || current.Bytes + file.Length > limits.Value.MaxConsultationBytes)
            {
                // Uploads running at the same time filled the quota while this one was encrypted.
                await transaction.RollbackAsync(cancellationToken);
                store.Delete(blob.BlobName);
                return await audit.RefuseAsync<ConsultationFileView>(actor, Quota(), entry with { Outcome = AuditOutcome.Conflict });
            }
            db.ConsultationFiles.Add(file);
            await audit.SaveAsync(actor, [Entry(action, AuditOutcome.Success, consultation, fileId) with
            {
                Changes = [new FieldChange("kind", null, file.Kind), new FieldChange("category", null, file.Category),
                    new FieldChange("length", null, file.Length.ToString(CultureInfo.InvariantCulture)),
                    new FieldChange("sha256", null, Convert.ToHexStringLower(file.Sha256))],
            }], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // The row did not commit: the blob would be unreadable (its key is lost) and only take space.
            store.Delete(blob.BlobName);
            throw;
        }
        return ConsultationViews.ToView(file);
    }

    /// <summary>The verified content of one file, for its patient or the clinic's staff.</summary>
    public async Task<Result<FileDownload>> DownloadAsync(Actor actor, Guid consultationId, Guid fileId, CancellationToken cancellationToken)
    {
        const string action = "consultation.file.download";
        var reached = await ConsultationScope.FindAsync(db, actor, consultationId, track: false, cancellationToken);
        var file = reached is null ? null : await db.ConsultationFiles.AsNoTracking()
            .SingleOrDefaultAsync(f => f.Id == fileId && f.ConsultationId == consultationId && f.WithdrawnAtUtc == null, cancellationToken);
        if (reached is null || file is null)
        {
            await audit.RecordAsync(actor, new AuditEntry(action, AuditOutcome.NotFound) { EntityType = EntityType, EntityId = fileId.ToString("D") },
                cancellationToken);
            return new NotFoundError("file");
        }
        var read = await store.ReadAsync(StoredBlobReference.For(file.Id, file.PatientId, file.Blob), cancellationToken);
        if (!read.IsSuccess)
        {
            var reason = read.Errors[0] is FileIntegrityFailure failure ? failure.Reason.ToString() : read.Errors[0].Code;
            LogIntegrityFailure(logger, file.Id, file.BlobName, reason);
            await audit.RecordAsync(actor, Entry(action, AuditOutcome.Error, reached.Consultation, fileId) with
            {
                Reason = "integrity check failed: " + reason,
            }, cancellationToken);
            return Result<FileDownload>.Failure(read.Errors);
        }
        await audit.RecordAsync(actor, Entry(action, AuditOutcome.Success, reached.Consultation, fileId), cancellationToken);
        return new FileDownload(read.Value, file.ContentType, file.FileName);
    }

    /// <summary>Withdraws a file the patient sent, until the consultation is answered: its key and blob are deleted.</summary>
    public async Task<Result<ConsultationView>> WithdrawAsync(Actor actor, Guid consultationId, Guid fileId, CancellationToken cancellationToken)
    {
        const string action = "consultation.file.withdraw";
        var reached = await requests.ReachAsPatientAsync(actor, consultationId, action, cancellationToken);
        if (!reached.IsSuccess)
        {
            return Result<ConsultationView>.Failure(reached.Errors);
        }
        var consultation = reached.Value;
        var file = await db.ConsultationFiles.SingleOrDefaultAsync(
            f => f.Id == fileId && f.ConsultationId == consultationId && f.WithdrawnAtUtc == null, cancellationToken);
        if (file is null)
        {
            return await audit.RefuseAsync<ConsultationView>(actor, new NotFoundError("file"), Entry(action, AuditOutcome.NotFound, consultation, fileId));
        }
        if (!consultation.AllowsWithdrawal)
        {
            return await audit.RefuseAsync<ConsultationView>(actor, new ConflictError(ConsultationErrorCodes.InvalidTransition,
                "The consultation has been answered; its files are part of the record."),
                Entry(action, AuditOutcome.Conflict, consultation, fileId));
        }
        var blobName = file.BlobName;
        file.Withdraw(clock.GetUtcNow());
        await audit.SaveAsync(actor, [Entry(action, AuditOutcome.Success, consultation, fileId) with { Reason = "withdrawn by the patient" }],
            cancellationToken);
        store.Delete(blobName);
        return await views.BuildAsync(consultation, asPatient: true, cancellationToken);
    }

    private async Task<DateOnly?> DocumentDateAsync(Consultation consultation, string? text, List<Error> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var (birthDate, today) = await requests.BirthAndTodayAsync(consultation, cancellationToken);
        var date = QuestionnaireRules.CheckDate(text, "documentDate", birthDate, today);
        errors.AddRange(date.Errors);
        return date.IsSuccess ? date.Value : null;
    }

    /// <summary>The files (not withdrawn) and bytes a consultation holds.</summary>
    private async Task<(int Count, long Bytes)> UsageAsync(Guid consultationId, CancellationToken cancellationToken)
    {
        var used = await db.ConsultationFiles.Where(f => f.ConsultationId == consultationId && f.WithdrawnAtUtc == null)
            .GroupBy(f => 1).Select(g => new { Count = g.Count(), Bytes = g.Sum(f => f.Length) }).SingleOrDefaultAsync(cancellationToken);
        return (used?.Count ?? 0, used?.Bytes ?? 0);
    }

    /// <summary>Serializes the quota decisions of one consultation until the transaction ends.</summary>
    /// <remarks>An update that changes nothing still takes the row's write lock on PostgreSQL (a second upload waits, then sees the
    /// first one's committed row), and makes SQLite's transaction a write transaction, which SQLite runs one at a time.</remarks>
    private async Task LockAsync(Guid consultationId, CancellationToken cancellationToken) =>
        await db.Consultations.Where(c => c.Id == consultationId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.UpdatedAtUtc, c => c.UpdatedAtUtc), cancellationToken);

    private QuotaExceededError Quota() => new(limits.Value.MaxConsultationBytes, MaxFilesPerConsultation);

    private static AuditEntry Entry(string action, AuditOutcome outcome, Consultation consultation, Guid? fileId) => new(action, outcome)
    {
        ClinicId = consultation.ClinicId,
        EntityType = EntityType,
        EntityId = fileId?.ToString("D"),
        Details = JsonSerializer.Serialize(new { consultationId = consultation.Id }),
    };

    [LoggerMessage(EventId = 9001, Level = LogLevel.Critical,
        Message = "File integrity check failed for file {FileId} (blob {BlobName}): {Reason}. The file was not served.")]
    private static partial void LogIntegrityFailure(ILogger logger, Guid fileId, string blobName, string reason);
}
