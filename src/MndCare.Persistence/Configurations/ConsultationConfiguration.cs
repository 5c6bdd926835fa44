using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Clinics;
using MndCare.Domain.Consultations;
using MndCare.Domain.Patients;

namespace MndCare.Persistence.Configurations;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Answers).HasJsonConversion();
        builder.Property(c => c.DeclineReason).HasMaxLength(Consultation.MaxDeclineReasonLength * 4);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsEditableByPatient);
        builder.Ignore(c => c.AllowsWithdrawal);
        builder.Ignore(c => c.IsVisibleToClinic);
        builder.HasIndex(c => new { c.ClinicId, c.Status, c.SubmittedAtUtc });
        builder.HasIndex(c => c.PatientId);
        builder.HasOne<Clinic>().WithMany().HasForeignKey(c => c.ClinicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Restrict);
    }
}
