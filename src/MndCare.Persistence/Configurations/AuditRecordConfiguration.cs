using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Auditing;

namespace MndCare.Persistence.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    /// <summary>The table's name; the append-only triggers in the migrations refer to it.</summary>
    public const string TableName = "audit_events";

    // Field changes keep the names they were first stored with (FieldChange's own, PascalCase).
    private static readonly JsonSerializerOptions ChangesJson = StoredJson.Strict(JsonSerializerDefaults.General);

    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable(TableName);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
        builder.HasIndex(e => e.OccurredAtUtc);
        builder.HasIndex(e => e.ActorUserId);
        builder.Property(e => e.ActorName).HasMaxLength(400).IsRequired();
        builder.Property(e => e.ActorRole).HasMaxLength(400).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.EntityType).HasMaxLength(100);
        builder.Property(e => e.EntityId).HasMaxLength(100);
        builder.Property(e => e.CorrelationId).HasMaxLength(100);
        builder.Property(e => e.ClientAddress).HasMaxLength(100);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Changes)
            .HasConversion(
                changes => JsonSerializer.Serialize(changes, ChangesJson),
                json => JsonSerializer.Deserialize<List<FieldChange>>(json, ChangesJson) ?? new List<FieldChange>(),
                new ValueComparer<IReadOnlyList<FieldChange>>(
                    (a, b) => a!.SequenceEqual(b!),
                    changes => changes.Aggregate(0, (hash, change) => HashCode.Combine(hash, change.GetHashCode())),
                    changes => changes.ToList()))
            .IsRequired();
    }
}
