using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Assessments;
using MndCare.Domain.Patients;

namespace MndCare.Persistence.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Ignore(a => a.Inputs);
        builder.Property(a => a.AlsfrsRMode).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.AlsfrsRWording).HasMaxLength(Assessment.MaxWordingIdLength);
        builder.Property(a => a.WeightKg).HasPrecision(6, 2);
        builder.Property(a => a.Ethnicity).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Ftd).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.C9orf72).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.FtdAndC9orf72FromCheckboxes).HasColumnName("ftd_c9orf72_from_checkboxes");
        builder.Property(a => a.CorrectionReason).HasMaxLength(4000);
        builder.HasIndex(a => a.SupersedesId).IsUnique();
        builder.HasOne<Assessment>().WithMany().HasForeignKey(a => a.SupersedesId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(a => a.AlsfrsR, alsfrs =>
        {
            alsfrs.Ignore(r => r.Cutting);
            alsfrs.Ignore(r => r.Bulbar);
            alsfrs.Ignore(r => r.FineMotor);
            alsfrs.Ignore(r => r.GrossMotor);
            alsfrs.Ignore(r => r.Respiratory);
            alsfrs.Ignore(r => r.Total);
        });
        builder.HasIndex(a => new { a.PatientId, a.AssessmentDate });
        builder.HasIndex(a => a.ClinicId);
        builder.HasOne<Patient>().WithMany().HasForeignKey(a => a.PatientId).OnDelete(DeleteBehavior.Restrict);
    }
}
