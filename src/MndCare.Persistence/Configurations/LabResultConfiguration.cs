using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Clinics;
using MndCare.Domain.Patients;
using MndCare.Domain.Safety.Labs;

namespace MndCare.Persistence.Configurations;

internal sealed class LabResultConfiguration : IEntityTypeConfiguration<LabResult>
{
    // Up to CtcaeLabGrader.LargestQuantity (10^15) with six decimals.
    internal const int QuantityPrecision = 22, QuantityScale = 6;

    public void Configure(EntityTypeBuilder<LabResult> builder)
    {
        builder.ToTable("lab_results");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Test).HasConversion(t => t.WireName(), s => LabTests.FromWireName(s)!.Value).HasMaxLength(20);
        builder.Property(r => r.Unit).HasMaxLength(20).IsRequired();
        foreach (var quantity in new[] { nameof(LabResult.Value), nameof(LabResult.UpperLimitOfNormal), nameof(LabResult.LowerLimitOfNormal),
            nameof(LabResult.Baseline), nameof(LabResult.DurationHours) })
        {
            builder.Property(quantity).HasPrecision(QuantityPrecision, QuantityScale);
        }
        builder.Property(r => r.Term).HasMaxLength(100).IsRequired();
        builder.Property(r => r.CtcaeVersion).HasMaxLength(10).IsRequired();
        builder.Ignore(r => r.TimesUpperLimit);
        builder.Ignore(r => r.Alert);
        builder.Ignore(r => r.NeedsAdverseEventDraft);
        builder.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Clinic>().WithMany().HasForeignKey(r => r.ClinicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PatientId, r.Test, r.CollectedAtUtc });
        builder.HasIndex(r => new { r.ClinicId, r.Test });
    }
}

internal sealed class LabCheckConfiguration : IEntityTypeConfiguration<LabCheck>
{
    public void Configure(EntityTypeBuilder<LabCheck> builder)
    {
        builder.ToTable("lab_checks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Test).HasConversion(t => t.WireName(), s => LabTests.FromWireName(s)!.Value).HasMaxLength(20);
        builder.Property(c => c.Reason).HasConversion(r => LabCheckWireNames.Of(r), s => LabCheckWireNames.ReasonFrom(s)!.Value).HasMaxLength(40);
        builder.HasOne<Patient>().WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Clinic>().WithMany().HasForeignKey(c => c.ClinicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LabResult>().WithMany().HasForeignKey(c => c.SatisfiedByResultId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PatientId, c.Test, c.SatisfiedByResultId });
        builder.HasIndex(c => new { c.ClinicId, c.DueOn });
    }
}
