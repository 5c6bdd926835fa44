using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Results;
using MndCare.Persistence;
using MndCare.Persistence.Auditing;

namespace MndCare.Application.Auditing;

/// <summary>Reads the audit trail: a filtered view for auditors and the whole-chain check.</summary>
public sealed class AuditQueries(MndCareDbContext db, AuditTrail audit)
{
    /// <summary>Rows per page in the auditor's view.</summary>
    public const int PageSize = 50;

    /// <summary>Events of the auditor's clinics (and clinic-less events such as sign-ins), newest first.</summary>
    /// <remarks>Reading the trail is itself audited (HIPAA 45 CFR 164.312(b)).</remarks>
    public async Task<Result<AuditPage>> SearchAsync(Actor actor, AuditFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(filter);
        var clinics = actor.ClinicsGranting(Permission.ReadAuditTrail);
        if (clinics.Count == 0)
        {
            await audit.RecordAsync(actor, new AuditEntry("audit.read", AuditOutcome.Denied), cancellationToken);
            return new ForbiddenError("read the audit trail");
        }
        var page = Math.Max(1, filter.Page);
        var events = db.AuditEvents.AsNoTracking().Where(e => e.ClinicId == null || clinics.Contains(e.ClinicId.Value));
        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            events = events.Where(e => e.EntityId == filter.EntityId.Trim());
        }
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            events = events.Where(e => e.Action.StartsWith(filter.Action.Trim()));
        }
        if (filter.ActorUserId is { } actorId)
        {
            events = events.Where(e => e.ActorUserId == actorId);
        }
        var total = await events.CountAsync(cancellationToken);
        var rows = await events.OrderByDescending(e => e.Sequence).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        await audit.RecordAsync(actor, new AuditEntry("audit.read", AuditOutcome.Success)
        {
            Details = JsonSerializer.Serialize(new { filter.EntityId, filter.Action, filter.ActorUserId, page }),
        }, cancellationToken);
        return new AuditPage(rows, page, PageSize, total);
    }

    /// <summary>Recomputes every link of the chain, oldest first, and compares the last with the chain head.</summary>
    public async Task<AuditChainVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        // The head is read first: every event up to it was committed with it, so writers that append meanwhile
        // cannot make an intact chain look truncated.
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        var verifier = new AuditChainVerifier();
        var events = db.AuditEvents.AsNoTracking().Where(e => e.Sequence <= head.LastSequence).OrderBy(e => e.Sequence).AsAsyncEnumerable();
        await foreach (var record in events.WithCancellation(cancellationToken))
        {
            if (verifier.Check(record) is { } broken)
            {
                return broken;
            }
        }
        if (head.LastSequence != verifier.LastSequence || !string.Equals(head.LastHash, verifier.LastHash, StringComparison.Ordinal))
        {
            return AuditChainVerification.Broken(verifier.EventsChecked, verifier.LastSequence + 1, Guid.Empty,
                $"the chain head records sequence {head.LastSequence} but the last event is {verifier.LastSequence}: events at the end were deleted");
        }
        // Events beyond the head are legitimate only if the head (re-read) has moved past them in the meantime.
        var beyond = await db.AuditEvents.AsNoTracking().Where(e => e.Sequence > head.LastSequence).MaxAsync(e => (long?)e.Sequence, cancellationToken);
        if (beyond is { } last
            && last > await db.AuditChainHeads.AsNoTracking().Where(h => h.Id == AuditChainHead.SingletonId).Select(h => h.LastSequence).SingleAsync(cancellationToken))
        {
            return AuditChainVerification.Broken(verifier.EventsChecked, head.LastSequence + 1, Guid.Empty,
                $"event {last} lies beyond the chain head: it was inserted outside the audit ledger");
        }
        return AuditChainVerification.Intact(verifier.EventsChecked);
    }
}

/// <summary>Filters of the auditor's view; all optional.</summary>
public sealed record AuditFilter(string? EntityId = null, string? Action = null, Guid? ActorUserId = null, int Page = 1);

/// <summary>One page of audit events, newest first.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRecord> Items, int Page, int PageSize, int Total);
