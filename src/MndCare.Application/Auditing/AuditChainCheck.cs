using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Domain.Auditing;
using MndCare.Persistence;
using MndCare.Persistence.Auditing;

namespace MndCare.Application.Auditing;

/// <summary>Verifies the audit hash chain against itself and against the anchors recorded outside the database, and records new
/// anchors (docs/adr/0021-audit-chain-anchored-outside-the-database.md).</summary>
public sealed class AuditChainCheck(MndCareDbContext db, AuditAnchorLog anchors, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The audit action of a scheduled checkpoint.</summary>
    public const string CheckpointAction = "audit.checkpoint";

    /// <summary>Recomputes every link of the chain, oldest first, and compares the last with the chain head and the anchors.</summary>
    public async Task<AuditChainVerification> VerifyAsync(CancellationToken cancellationToken) =>
        (await VerifyToHeadAsync(cancellationToken)).Verification;

    /// <summary>Verifies the chain and, when it is intact, records its head as a new anchor.</summary>
    /// <param name="source">What is verifying, for the anchor (the command, or the auditor's check).</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The verification, and the anchor recorded (null when the chain is broken or empty).</returns>
    public async Task<(AuditChainVerification Verification, AuditAnchor? Anchor)> VerifyAndAnchorAsync(string source, CancellationToken cancellationToken)
    {
        var (verification, head) = await VerifyToHeadAsync(cancellationToken);
        if (!verification.IsIntact || head.LastSequence == 0)
        {
            return (verification, null);
        }
        var anchor = new AuditAnchor(head.LastSequence, head.LastHash, clock.GetUtcNow().UtcDateTime, source);
        await anchors.AppendAsync(anchor, cancellationToken);
        return (verification, anchor);
    }

    /// <summary>Records the chain head as an anchor without verifying the chain (cheap enough to run often), and audits it.</summary>
    /// <param name="actor">The system actor of the scheduled job.</param>
    /// <param name="source">What records the anchor.</param>
    /// <param name="cancellationToken">Cancels the checkpoint.</param>
    /// <returns>The anchor recorded, or null when the chain is empty.</returns>
    public async Task<AuditAnchor?> CheckpointAsync(Actor actor, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var head = await HeadAsync(cancellationToken);
        if (head.LastSequence == 0)
        {
            return null;
        }
        var anchor = new AuditAnchor(head.LastSequence, head.LastHash, clock.GetUtcNow().UtcDateTime, source);
        await anchors.AppendAsync(anchor, cancellationToken);
        await audit.RecordAsync(actor, new AuditEntry(CheckpointAction, AuditOutcome.Success)
        {
            Details = JsonSerializer.Serialize(new { anchor.Sequence, anchor.Hash, file = anchors.FilePath }),
        }, cancellationToken);
        return anchor;
    }

    private async Task<(AuditChainVerification Verification, AuditChainHead Head)> VerifyToHeadAsync(CancellationToken cancellationToken)
    {
        // Anchors first, then the head: every anchor names an event at or before the head read after it.
        var (recorded, problem) = await anchors.ReadAsync(cancellationToken);
        // The head is read next: every event up to it was committed with it, so writers that append meanwhile
        // cannot make an intact chain look truncated.
        var head = await HeadAsync(cancellationToken);
        if (problem is not null)
        {
            return (AuditChainVerification.Broken(0, 0, Guid.Empty, problem + ": the chain cannot be compared with its anchors"), head);
        }
        var verifier = new AuditChainVerifier(recorded);
        var events = db.AuditEvents.AsNoTracking().Where(e => e.Sequence <= head.LastSequence).OrderBy(e => e.Sequence).AsAsyncEnumerable();
        await foreach (var record in events.WithCancellation(cancellationToken))
        {
            if (verifier.Check(record) is { } broken)
            {
                return (broken, head);
            }
        }
        if (head.LastSequence != verifier.LastSequence || !string.Equals(head.LastHash, verifier.LastHash, StringComparison.Ordinal))
        {
            return (AuditChainVerification.Broken(verifier.EventsChecked, verifier.LastSequence + 1, Guid.Empty,
                $"the chain head records sequence {head.LastSequence} but the last event is {verifier.LastSequence}: events at the end were deleted"), head);
        }
        if (verifier.CheckAnchorsReached() is { } truncated)
        {
            return (truncated, head);
        }
        // Events beyond the head are legitimate only if the head (re-read) has moved past them in the meantime.
        var beyond = await db.AuditEvents.AsNoTracking().Where(e => e.Sequence > head.LastSequence).MaxAsync(e => (long?)e.Sequence, cancellationToken);
        if (beyond is { } last && last > (await HeadAsync(cancellationToken)).LastSequence)
        {
            return (AuditChainVerification.Broken(verifier.EventsChecked, head.LastSequence + 1, Guid.Empty,
                $"event {last} lies beyond the chain head: it was inserted outside the audit ledger"), head);
        }
        return (AuditChainVerification.Intact(verifier.EventsChecked), head);
    }

    private Task<AuditChainHead> HeadAsync(CancellationToken cancellationToken) =>
        db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
}
