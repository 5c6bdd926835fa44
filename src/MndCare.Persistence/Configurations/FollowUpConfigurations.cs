using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Assessments;
using MndCare.Domain.Clinics;
using MndCare.Domain.FollowUp;
using MndCare.Domain.Patients;

namespace MndCare.Persistence.Configurations;

// Follow-up (issue 10): docs/outcomes/follow-up.md, "Tables". Enums are stored by name.
internal sealed class ClinicalEventConfiguration : IEntityTypeConfiguration<ClinicalEvent>
{
    public void Configure(EntityTypeBuilder<ClinicalEvent> builder)
    {
        builder.ToTable("clinical_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Note).HasMaxLength(ClinicalEvent.MaxNoteLength * 4);
        builder.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Clinic>().WithMany().HasForeignKey(e => e.ClinicId).OnDelete(DeleteBehavior.Restrict);
        // Each kind is a first occurrence: one per patient.
        builder.HasIndex(e => new { e.PatientId, e.Kind }).IsUnique();
        builder.HasIndex(e => new { e.ClinicId, e.Kind });
    }
}

internal sealed class VitalStatusCheckConfiguration : IEntityTypeConfiguration<VitalStatusCheck>
{
    public void Configure(EntityTypeBuilder<VitalStatusCheck> builder)
    {
        builder.ToTable("vital_status_checks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Patient>().WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Clinic>().WithMany().HasForeignKey(c => c.ClinicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PatientId, c.KnownAliveOn });
    }
}

internal sealed class SelfReportConfiguration : IEntityTypeConfiguration<SelfReport>
{
    public void Configure(EntityTypeBuilder<SelfReport> builder)
    {
        builder.ToTable("self_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.EnteredBy).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.CaregiverRelationship).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Setting).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Assessment>().WithOne().HasForeignKey<SelfReport>(r => r.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Clinic>().WithMany().HasForeignKey(r => r.ClinicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PatientId, r.RecordedAtUtc });
    }
}

internal sealed class ClinicFollowUpPolicyConfiguration : IEntityTypeConfiguration<ClinicFollowUpPolicy>
{
    public void Configure(EntityTypeBuilder<ClinicFollowUpPolicy> builder)
    {
        builder.ToTable("follow_up_policies");
        builder.HasKey(p => p.ClinicId);
        builder.Property(p => p.MonthsAfterEnd).HasMaxLength(100).IsRequired();
        builder.Ignore(p => p.Policy);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Clinic>().WithOne().HasForeignKey<ClinicFollowUpPolicy>(p => p.ClinicId).OnDelete(DeleteBehavior.Restrict);
    }
}
