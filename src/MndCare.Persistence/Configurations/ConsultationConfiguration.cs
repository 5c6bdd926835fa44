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
        // One open consultation per patient, held by the database so that two requests at once cannot both open one (CC-03).
        builder.HasIndex(c => c.PatientId, "OneOpenPerPatient").IsUnique().HasDatabaseName("ix_consultations_one_open_per_patient")
            .HasFilter($"status NOT IN ('{nameof(ConsultationStatus.Answered)}', '{nameof(ConsultationStatus.Declined)}')");
        builder.HasOne<Clinic>().WithMany().HasForeignKey(c => c.ClinicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Restrict);
    }
}
