using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace MndCare.Domain.Auditing;

/// <summary>Builds and checks the SHA-256 hash chain that makes the audit trail tamper-evident.</summary>
/// <remarks>
/// h(n) = SHA-256(UTF-8(h(n-1)) ‖ UTF-8(canonical JSON of event n)), lower-case hex; h(0) is 64 zeros
/// (security test plan AU-04). The canonical JSON has a fixed member order, no white space, ISO 8601 UTC times
/// with seven fraction digits, and System.Text.Json's default escaping.
/// </remarks>
public static class AuditChain
{
    /// <summary>The previous hash of the first event.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>Places an entry after <paramref name="previousSequence"/> / <paramref name="previousHash"/>.</summary>
    /// <param name="entry">The event's content.</param>
    /// <param name="actor">Who acted.</param>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="occurredAt">The injected clock's time.</param>
    /// <param name="previousSequence">The last sequence in the chain (0 when empty).</param>
    /// <param name="previousHash">The last hash in the chain (<see cref="GenesisHash"/> when empty).</param>
    public static AuditRecord Seal(AuditEntry entry, AuditActor actor, Guid id, DateTimeOffset occurredAt, long previousSequence, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(actor);
        var utc = occurredAt.UtcDateTime;
        var unsealed = new AuditRecord
        {
            Sequence = checked(previousSequence + 1),
            Id = id,
            OccurredAtUtc = new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc),
            ActorUserId = actor.UserId,
            ActorName = actor.Name,
            ActorRole = actor.Roles,
            ClinicId = entry.ClinicId,
            Action = entry.Action,
            Outcome = entry.Outcome,
            EntityType = entry.EntityType,
            EntityId = entry.EntityId,
            Changes = entry.Changes,
            Reason = entry.Reason,
            Details = entry.Details,
            CorrelationId = actor.CorrelationId,
            ClientAddress = actor.ClientAddress,
            PreviousHash = previousHash,
            Hash = string.Empty,
        };
        return unsealed with { Hash = ComputeHash(unsealed) };
    }

    /// <summary>The hash an event should carry, from its content and its previous hash.</summary>
    /// <param name="record">The event (its own <see cref="AuditRecord.Hash"/> is ignored).</param>
    public static string ComputeHash(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var prefix = System.Text.Encoding.UTF8.GetBytes(record.PreviousHash);
        var body = CanonicalJson(record);
        var buffer = new byte[prefix.Length + body.Length];
        prefix.CopyTo(buffer, 0);
        body.CopyTo(buffer, prefix.Length);
        return Convert.ToHexStringLower(SHA256.HashData(buffer));
    }

    /// <summary>Checks events in sequence order and reports the first broken link.</summary>
    /// <param name="records">All events, ordered by <see cref="AuditRecord.Sequence"/>.</param>
    public static AuditChainVerification Verify(IEnumerable<AuditRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var verifier = new AuditChainVerifier();
        foreach (var record in records)
        {
            if (verifier.Check(record) is { } broken)
            {
                return broken;
            }
        }
        return AuditChainVerification.Intact(verifier.EventsChecked);
    }

    /// <summary>The event's canonical JSON (UTF-8) without its own hash.</summary>
    /// <param name="record">The event.</param>
    public static byte[] CanonicalJson(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("sequence", record.Sequence);
            json.WriteString("id", record.Id.ToString("D"));
            json.WriteString("occurredAtUtc", record.OccurredAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("actorUserId", record.ActorUserId?.ToString("D"));
            json.WriteString("actorName", record.ActorName);
            json.WriteString("actorRole", record.ActorRole);
            json.WriteString("clinicId", record.ClinicId?.ToString("D"));
            json.WriteString("action", record.Action);
            json.WriteString("outcome", record.Outcome.ToString());
            json.WriteString("entityType", record.EntityType);
            json.WriteString("entityId", record.EntityId);
            json.WriteStartArray("changes");
            foreach (var change in record.Changes)
            {
                json.WriteStartObject();
                json.WriteString("field", change.Field);
                json.WriteString("old", change.Old);
                json.WriteString("new", change.New);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("reason", record.Reason);
            json.WriteString("details", record.Details);
            json.WriteString("correlationId", record.CorrelationId);
            json.WriteString("clientAddress", record.ClientAddress);
            json.WriteString("previousHash", record.PreviousHash);
            json.WriteEndObject();
        }
        return stream.ToArray();
    }
}
