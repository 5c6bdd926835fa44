using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Clinics;
using MndCare.Domain.Patients;
using MndCare.Domain.Safety.AdverseEvents;
using MndCare.Persistence.Identity;

namespace MndCare.Persistence.Configurations;

// Adverse events (issue 9): the event, its suspects, the clinic's expected events, safety officers and their notifications.
internal sealed class AdverseEventConfiguration : IEntityTypeConfiguration<AdverseEvent>
{
    private const int UnitsPerElement = 4;

    public void Configure(EntityTypeBuilder<AdverseEvent> builder)
    {
        builder.ToTable("adverse_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Source).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Term).HasMaxLength(AdverseEventDetails.MaxTermLength * UnitsPerElement).IsRequired();
        builder.Property(e => e.TermKey).HasMaxLength(60);
        builder.Property(e => e.MeddraCode).HasMaxLength(20);
        builder.Property(e => e.CtcaeVersion).HasMaxLength(10).IsRequired();
        builder.Property(e => e.ActionTaken).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Description).HasMaxLength(AdverseEventDetails.MaxDescriptionLength * UnitsPerElement);
        builder.Property(e => e.Version).IsConcurrencyToken();
        // The criteria met, by name, comma-separated (names hold no comma); empty when not serious.
        builder.Property<List<SeriousnessCriterion>>("_seriousness").HasColumnName("seriousness").HasConversion(
            v => string.Join(",", v),
            v => v.Length == 0 ? new List<SeriousnessCriterion>() : v.Split(',', StringSplitOptions.None).Select(Enum.Parse<SeriousnessCriterion>).ToList(),
            new ValueComparer<List<SeriousnessCriterion>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()))
            .HasMaxLength(200).IsRequired();
        builder.Ignore(e => e.Seriousness);
        builder.Ignore(e => e.IsSerious);
        builder.Ignore(e => e.Relatedness);
        builder.OwnsMany(e => e.Suspects, suspect =>
        {
            suspect.ToTable("adverse_event_suspects");
            suspect.WithOwner().HasForeignKey("AdverseEventId");
            suspect.HasKey(s => s.Id);
            suspect.Property(s => s.Id).ValueGeneratedNever();
            // Stored by name: new kinds (herbs, formulas, TCM procedures) need no schema change (ADR 0033).
            suspect.Property(s => s.Kind).HasConversion<string>().HasMaxLength(40);
            suspect.Property(s => s.Label).HasMaxLength(Suspect.MaxLabelLength).IsRequired();
            suspect.Property(s => s.Causality).HasConversion<string>().HasMaxLength(20);
            suspect.Ignore(s => s.IsRelated);
            suspect.HasIndex(s => new { s.Kind, s.ReferenceId });
        });
        builder.Navigation(e => e.Suspects).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Clinic>().WithMany().HasForeignKey(e => e.ClinicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ClinicId, e.Status });
        builder.HasIndex(e => e.PatientId);
    }
}

internal sealed class ExpectedEventConfiguration : IEntityTypeConfiguration<ExpectedEvent>
{
    public void Configure(EntityTypeBuilder<ExpectedEvent> builder)
    {
        builder.ToTable("expected_adverse_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Term).HasMaxLength(AdverseEventDetails.MaxTermLength * 4).IsRequired();
        builder.Property(e => e.Source).HasMaxLength(ExpectedEvent.MaxSourceLength * 4).IsRequired();
        builder.HasIndex(e => new { e.ClinicId, e.Term }).IsUnique();
        builder.HasOne<Clinic>().WithMany().HasForeignKey(e => e.ClinicId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SafetyOfficerConfiguration : IEntityTypeConfiguration<SafetyOfficer>
{
    public void Configure(EntityTypeBuilder<SafetyOfficer> builder)
    {
        builder.ToTable("safety_officers");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.HasIndex(o => new { o.ClinicId, o.UserId }).IsUnique();
        builder.HasOne<Clinic>().WithMany().HasForeignKey(o => o.ClinicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MndCareUser>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SafetyNotificationConfiguration : IEntityTypeConfiguration<SafetyNotification>
{
    public void Configure(EntityTypeBuilder<SafetyNotification> builder)
    {
        builder.ToTable("safety_notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.HasIndex(n => new { n.UserId, n.ReadAtUtc });
        builder.HasIndex(n => new { n.AdverseEventId, n.UserId }).IsUnique();
        builder.HasOne<AdverseEvent>().WithMany().HasForeignKey(n => n.AdverseEventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MndCareUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
