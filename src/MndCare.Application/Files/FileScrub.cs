using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Persistence;

namespace MndCare.Application.Files;

/// <summary>Checks every stored file and signed report PDF against its key and hash, and records the result in the audit trail.</summary>
/// <remarks>Security test plan IN-01 (periodic scrub): run it from a timer; a non-empty result is an alert.</remarks>
public sealed class FileScrub(MndCareDbContext db, EncryptedFileStore store, AuditTrail audit)
{
    /// <summary>The files that failed, with the reason; empty when every file is intact.</summary>
    public async Task<FileScrubResult> RunAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var files = await db.ConsultationFiles.AsNoTracking().Where(f => f.WithdrawnAtUtc == null)
            .Select(f => new StoredBlobReference(f.Id, f.PatientId, f.BlobName, f.WrappedKey, f.KeyId, f.Length, f.Sha256))
            .ToListAsync(cancellationToken);
        var reports = await db.ConsultationReports.AsNoTracking()
            .Select(r => new StoredBlobReference(r.Id, r.PatientId, r.BlobName, r.WrappedKey, r.KeyId, r.PdfLength, r.Sha256))
            .ToListAsync(cancellationToken);
        var failures = await store.ScrubAsync(files.Concat(reports), cancellationToken);
        await audit.RecordAsync(actor, new AuditEntry("files.scrub", failures.Count == 0 ? AuditOutcome.Success : AuditOutcome.Error)
        {
            EntityType = "file",
            Details = JsonSerializer.Serialize(new
            {
                checkedFiles = files.Count + reports.Count,
                failed = failures.Select(f => new { id = f.FileId, reason = f.Reason.ToString() }),
            }),
        }, cancellationToken);
        return new FileScrubResult(files.Count + reports.Count, failures);
    }
}
