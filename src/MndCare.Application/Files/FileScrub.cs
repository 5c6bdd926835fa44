using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Persistence;

namespace MndCare.Application.Files;

/// <summary>Checks every stored file and signed report PDF (in every language) against its key and hash, finds blobs that no row refers to, and
/// records the result in the audit trail.</summary>
/// <remarks>Security test plan IN-01 (periodic scrub): run it from a timer; a non-empty failure list is an alert. An orphaned
/// blob is left by a crash between writing a file and committing its row, or between withdrawing a file and deleting its
/// blob (DR-07); its data key was never kept or is gone, so it can never be read and reclaiming it loses nothing.</remarks>
public sealed class FileScrub(MndCareDbContext db, EncryptedFileStore store, AuditTrail audit, TimeProvider clock)
{
    /// <summary>How old an unreferenced blob must be before it counts as orphaned: an upload in flight writes its blob a moment
    /// before its row commits, and an hour is far longer than any such transaction.</summary>
    public static readonly TimeSpan OrphanGracePeriod = TimeSpan.FromHours(1);

    /// <summary>The audit action of a scrub.</summary>
    public const string Action = "files.scrub";

    /// <summary>The audit entity type of a scrub.</summary>
    public const string EntityType = "file";

    /// <summary>The files that failed, with the reason, and the orphaned blobs; empty lists when the store is sound.</summary>
    /// <param name="actor">Who runs the scrub (the command line or a timer).</param>
    /// <param name="reclaimOrphans">Whether to delete the orphaned blobs found.</param>
    /// <param name="cancellationToken">Cancels the scrub.</param>
    public async Task<FileScrubResult> RunAsync(Actor actor, bool reclaimOrphans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var files = await db.ConsultationFiles.AsNoTracking().Where(f => f.WithdrawnAtUtc == null)
            .Select(f => new StoredBlobReference(f.Id, f.PatientId, f.BlobName, f.WrappedKey, f.KeyId, f.Length, f.Sha256))
            .ToListAsync(cancellationToken);
        var reports = await db.ConsultationReports.AsNoTracking()
            .Select(r => new StoredBlobReference(r.Id, r.PatientId, r.BlobName, r.WrappedKey, r.KeyId, r.PdfLength, r.Sha256))
            .ToListAsync(cancellationToken);
        var translations = await db.ConsultationReportTranslations.AsNoTracking()
            .Join(db.ConsultationReports, t => t.ReportId, r => r.Id, (t, r) => new StoredBlobReference(t.Id, r.PatientId, t.BlobName, t.WrappedKey, t.KeyId, t.PdfLength, t.Sha256))
            .ToListAsync(cancellationToken);
        var references = files.Concat(reports).Concat(translations).ToList();
        var failures = await store.ScrubAsync(references, cancellationToken);
        var orphans = Orphans(references);
        var reclaimed = reclaimOrphans ? orphans.Count(store.Delete) : 0;
        await audit.RecordAsync(actor, new AuditEntry(Action, failures.Count == 0 ? AuditOutcome.Success : AuditOutcome.Error)
        {
            EntityType = FileScrub.EntityType,
            Details = JsonSerializer.Serialize(new
            {
                checkedFiles = references.Count,
                failed = failures.Select(f => new { id = f.FileId, reason = f.Reason.ToString() }),
                orphanedBlobs = orphans.Count,
                reclaimedBlobs = reclaimed,
            }),
        }, cancellationToken);
        return new FileScrubResult(references.Count, failures, orphans, reclaimed);
    }

    // Unreferenced by any current file or report; a withdrawn file's row no longer counts, as its blob should be gone.
    private List<string> Orphans(IReadOnlyList<StoredBlobReference> references)
    {
        var cutoff = clock.GetUtcNow() - OrphanGracePeriod;
        return [.. store.ListBlobs().Where(b => b.WrittenAtUtc < cutoff).Select(b => b.BlobName)
            .Except(references.Select(r => r.BlobName), StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
