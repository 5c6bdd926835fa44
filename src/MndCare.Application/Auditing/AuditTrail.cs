using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Domain.Auditing;
using MndCare.Persistence;
using MndCare.Persistence.Auditing;

namespace MndCare.Application.Auditing;

/// <summary>Writes audit events for one unit of work (a request or a command) and counts what it wrote.</summary>
public sealed class AuditTrail(MndCareDbContext db, IDbContextFactory<MndCareDbContext> contexts, TimeProvider clock)
{
    /// <summary>How many events this unit of work has appended so far.</summary>
    public int EventsWritten { get; private set; }

    /// <summary>Appends events inside the caller's open transaction, after saving the caller's changes.</summary>
    public async Task AppendAsync(Actor actor, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await db.SaveChangesAsync(cancellationToken);
        await AuditLedger.AppendAsync(db, entries, actor.ToAuditActor(), clock, cancellationToken);
        EventsWritten += entries.Count;
    }

    /// <summary>Appends one event in its own transaction, on a fresh context (used when no use case ran).</summary>
    public async Task RecordAsync(Actor actor, AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var own = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await own.Database.BeginTransactionAsync(cancellationToken);
        await AuditLedger.AppendAsync(own, [entry], actor.ToAuditActor(), clock, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        EventsWritten++;
    }
}
