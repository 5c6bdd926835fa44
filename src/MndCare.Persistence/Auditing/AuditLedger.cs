using Microsoft.EntityFrameworkCore;
using MndCare.Domain.Auditing;
using MndCare.Domain.Identifiers;

namespace MndCare.Persistence.Auditing;

/// <summary>Appends audit events to the hash chain inside the caller's transaction.</summary>
/// <remarks>
/// The chain head row is locked for the rest of the transaction (PostgreSQL: SELECT ... FOR UPDATE; SQLite: the
/// transaction already holds the write lock), so concurrent appends are serialized and the change and its audit
/// events commit or roll back together (security test plan AU-05).
/// </remarks>
public static class AuditLedger
{
    /// <summary>Seals <paramref name="entries"/> after the current head and saves them.</summary>
    /// <param name="db">A context with an open transaction.</param>
    /// <param name="entries">The events to append, in order.</param>
    /// <param name="actor">Who acted.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Cancels the append.</param>
    /// <exception cref="InvalidOperationException">No transaction is open.</exception>
    public static async Task<IReadOnlyList<AuditRecord>> AppendAsync(MndCareDbContext db, IReadOnlyList<AuditEntry> entries,
        AuditActor actor, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(clock);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Audit events must be appended inside the transaction of the change they record.");
        }
        if (entries.Count == 0)
        {
            return [];
        }
        var head = await LockHeadAsync(db, cancellationToken);
        var sealedRecords = new List<AuditRecord>(entries.Count);
        foreach (var entry in entries)
        {
            var record = AuditChain.Seal(entry, actor, RecordId.New(clock), clock.GetUtcNow(), head.LastSequence, head.LastHash);
            sealedRecords.Add(record);
            head.LastSequence = record.Sequence;
            head.LastHash = record.Hash;
        }
        db.AuditEvents.AddRange(sealedRecords);
        await db.SaveChangesAsync(cancellationToken);
        // The next append reads the head afresh: a tracked head would hide what another context appended meanwhile.
        db.Entry(head).State = EntityState.Detached;
        return sealedRecords;
    }

    private static Task<AuditChainHead> LockHeadAsync(MndCareDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Database.IsNpgsql()
            ? db.AuditChainHeads.FromSqlInterpolated($"SELECT * FROM audit_chain_heads WHERE id = {AuditChainHead.SingletonId} FOR UPDATE")
            : db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingletonId);
        return query.SingleAsync(cancellationToken);
    }
}
